package org.cutri.conference;

/**
 * The categories of participants, declared in protocol order (thứ tự nghi lễ): the leaders of the level above come
 * first, then the commune's Party committee, council, people's committee, the Front's own board, the member
 * organisations, the hamlets, those to be commended, the press and others. Invitations, the attendance list and the
 * screen follow this order.
 */
public enum ParticipantCategory {
    /** Lãnh đạo cấp trên (Ủy ban MTTQ tỉnh, …). */
    UPPER_LEADERS,
    /** Thường trực Đảng ủy xã. */
    PARTY,
    /** Thường trực HĐND xã. */
    COUNCIL,
    /** Lãnh đạo UBND xã. */
    PEOPLES_COMMITTEE,
    /** Ban Thường trực, Ủy viên Ủy ban MTTQ Việt Nam xã. */
    FRONT,
    /** Các tổ chức chính trị - xã hội (đoàn thể). */
    ORGANISATIONS,
    /** Trưởng thôn, Trưởng Ban công tác Mặt trận thôn. */
    HAMLETS,
    /** Tập thể, cá nhân được khen thưởng (điển hình). */
    COMMENDED,
    /** Phóng viên, đài truyền thanh. */
    PRESS,
    OTHER
}
