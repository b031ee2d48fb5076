package org.cutri.province;

import java.time.LocalDateTime;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The groups the communes sent (imported_group*) and the groups made at the province (province_group*). */
public interface ProvinceGroupDao {

    /** A commune's group without its opinions. */
    record ReceivedRow(String communeCode, String communeName, int roundKey, int groupKey, String title) {
    }

    /** One opinion of a commune's group. */
    record ReceivedMemberRow(String communeCode, int roundKey, int groupKey, String opinionCode) {
    }

    /** A province group without its members. */
    record GroupRow(int id, String wording) {
    }

    /** One member of a province group, as stored. */
    record MemberRow(int groupId, String communeCode, int roundKey, String memberKind, String memberKey) {
        ProvinceGroupMember member() {
            return new ProvinceGroupMember(communeCode, roundKey, ProvinceGroupMember.Kind.valueOf(memberKind),
                    memberKey);
        }
    }

    @SqlQuery("SELECT g.commune_code, c.name AS commune_name, g.round_key, g.group_key, g.title FROM imported_group g"
            + " JOIN commune_office c ON c.code = g.commune_code ORDER BY c.name, g.commune_code, g.round_key, g.group_key")
    @RegisterConstructorMapper(ReceivedRow.class)
    List<ReceivedRow> received();

    @SqlQuery("SELECT g.commune_code, g.round_key, m.group_key, m.opinion_code FROM imported_group_member m"
            + " JOIN imported_group g ON g.package_id = m.package_id AND g.group_key = m.group_key"
            + " LEFT JOIN imported_opinion o ON o.package_id = m.package_id AND o.code = m.opinion_code"
            + " ORDER BY g.commune_code, g.round_key, m.group_key, o.meeting_key, o.seq, m.opinion_code")
    @RegisterConstructorMapper(ReceivedMemberRow.class)
    List<ReceivedMemberRow> receivedMembers();

    @SqlQuery("SELECT id, wording FROM province_group ORDER BY id")
    @RegisterConstructorMapper(GroupRow.class)
    List<GroupRow> groups();

    @SqlQuery("SELECT group_id, commune_code, round_key, member_kind, member_key FROM province_group_member"
            + " ORDER BY group_id, commune_code, round_key, member_kind DESC, member_key")
    @RegisterConstructorMapper(MemberRow.class)
    List<MemberRow> members();

    @SqlQuery("SELECT COUNT(*) FROM province_group WHERE id = ?")
    int countGroup(int id);

    @SqlQuery("SELECT COUNT(*) FROM imported_opinion WHERE commune_code = ? AND round_key = ? AND code = ?")
    int countOpinion(String communeCode, int roundKey, String code);

    @SqlQuery("SELECT COUNT(*) FROM imported_group WHERE commune_code = ? AND round_key = ? AND group_key = ?")
    int countReceived(String communeCode, int roundKey, int groupKey);

    @SqlUpdate("INSERT INTO province_group (wording, created_at, updated_at) VALUES (?, ?, ?)")
    @GetGeneratedKeys("id")
    int insert(String wording, LocalDateTime createdAt, LocalDateTime updatedAt);

    @SqlBatch("INSERT INTO province_group_member (group_id, commune_code, round_key, member_kind, member_key)"
            + " VALUES (:groupId, :m.communeCode, :m.roundKey, :m.kind, :m.key)")
    void insertMembers(int groupId, @BindMethods("m") List<ProvinceGroupMember> members);

    @SqlBatch("DELETE FROM province_group_member WHERE commune_code = :m.communeCode AND round_key = :m.roundKey"
            + " AND member_kind = :m.kind AND member_key = :m.key")
    void deleteMembers(@BindMethods("m") List<ProvinceGroupMember> members);

    /**
     * Groups whose members went to another group, all of them or all but one opinion: one opinion is no group (a
     * commune's group alone stays, the province's wording of it).
     */
    @SqlUpdate("DELETE FROM province_group"
            + " WHERE NOT EXISTS (SELECT 1 FROM province_group_member m WHERE m.group_id = province_group.id"
            + " AND m.member_kind = 'GROUP')"
            + " AND (SELECT COUNT(*) FROM province_group_member m WHERE m.group_id = province_group.id) < 2")
    int deleteEmpty();

    @SqlUpdate("UPDATE province_group SET wording = ?, updated_at = ? WHERE id = ?")
    int rename(String wording, LocalDateTime updatedAt, int id);

    @SqlUpdate("DELETE FROM province_group WHERE id = ?")
    int delete(int id);
}
