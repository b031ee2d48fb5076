package org.cutri.province;

/** What the province holds: packages, communes, meetings, opinions and groups. */
public record ImportedTotals(long packageCount, long communeCount, long meetingCount, long opinionCount,
        long groupCount) {
}
