package org.cutri.office;

/** Which office a data folder belongs to: a commune Front office, or the province office that gathers packages. */
public enum OfficeKind {
    /** Ban Thường trực UBMTTQ xã: keeps its own rounds and hands packages to the province. */
    COMMUNE,
    /** Ban Thường trực UBMTTQ tỉnh: imports the communes' packages. */
    PROVINCE
}
