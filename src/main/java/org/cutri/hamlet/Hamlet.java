package org.cutri.hamlet;

/**
 * A residential unit of the commune (thôn, xóm, ấp, bản, tổ dân phố, khu phố), as a row of the register.
 *
 * @param name the full name as the office writes it ("Xóm Bến")
 * @param headName the hamlet head (trưởng thôn)
 * @param frontHeadName the head of the Front work group (trưởng ban công tác Mặt trận)
 * @param constituencyId the commune-council constituency of the current term, if set
 * @param constituencyNumber its number
 */
public record Hamlet(int id, String name, HamletKind kind, String headName, String frontHeadName,
        Integer constituencyId, Integer constituencyNumber) {
}
