package org.cutri.grouping;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Same-issue groups and their members. */
@RegisterConstructorMapper(OpinionGroup.class)
@RegisterConstructorMapper(GroupMember.class)
public interface GroupDao {

    String SELECT = "SELECT id, round_id, wording, status, created_at FROM opinion_group";

    String SELECT_MEMBER = "SELECT gm.group_id, o.id AS opinion_id, o.code,"
            + " COALESCE(h.name, (SELECT MIN(h2.name) FROM meeting_hamlet mh JOIN hamlet h2 ON h2.id = mh.hamlet_id"
            + "   WHERE mh.meeting_id = m.id)) AS hamlet_name, o.content"
            + " FROM opinion_group_member gm JOIN opinion_group g ON g.id = gm.group_id"
            + " JOIN opinion o ON o.id = gm.opinion_id JOIN meeting m ON m.id = o.meeting_id"
            + " LEFT JOIN hamlet h ON h.id = o.hamlet_id";

    @SqlUpdate("INSERT INTO opinion_group (round_id, wording, status, created_at) VALUES (:roundId, :wording, :status, :now)")
    @GetGeneratedKeys("id")
    int insert(Integer roundId, String wording, GroupStatus status, LocalDateTime now);

    @SqlUpdate("INSERT INTO opinion_group_member (group_id, opinion_id) VALUES (:groupId, :opinionId)")
    void insertMember(int groupId, int opinionId);

    @SqlUpdate("DELETE FROM opinion_group_member WHERE group_id = :groupId AND opinion_id = :opinionId")
    int deleteMember(int groupId, int opinionId);

    @SqlUpdate("UPDATE opinion_group_member SET group_id = :to WHERE group_id = :from AND opinion_id = :opinionId")
    int moveMember(int from, int to, int opinionId);

    @SqlUpdate("DELETE FROM opinion_group_member WHERE group_id = :groupId")
    int deleteMembers(int groupId);

    @SqlUpdate("DELETE FROM opinion_group WHERE id = :id")
    int delete(int id);

    @SqlUpdate("UPDATE opinion_group SET wording = :wording WHERE id = :id")
    int updateWording(int id, String wording);

    @SqlUpdate("UPDATE opinion_group SET status = :status WHERE id = :id")
    int updateStatus(int id, GroupStatus status);

    @SqlQuery(SELECT + " WHERE id = :id")
    Optional<OpinionGroup> find(int id);

    @SqlQuery(SELECT + " WHERE round_id = :roundId ORDER BY id")
    List<OpinionGroup> listOfRound(int roundId);

    @SqlQuery(SELECT + " WHERE round_id = :roundId AND status = :status ORDER BY id")
    List<OpinionGroup> listOfRound(int roundId, GroupStatus status);

    @SqlQuery(SELECT_MEMBER + " WHERE g.round_id = :roundId ORDER BY m.meeting_date, o.meeting_id, o.seq")
    List<GroupMember> membersOfRound(int roundId);

    @SqlQuery(SELECT_MEMBER + " WHERE gm.group_id = :groupId ORDER BY m.meeting_date, o.meeting_id, o.seq")
    List<GroupMember> members(int groupId);

    @SqlQuery("SELECT gm.group_id FROM opinion_group_member gm WHERE gm.opinion_id = :opinionId")
    Optional<Integer> groupOf(int opinionId);

    @SqlQuery("SELECT COUNT(*) FROM opinion_group_member WHERE group_id = :groupId")
    int countMembers(int groupId);
}
