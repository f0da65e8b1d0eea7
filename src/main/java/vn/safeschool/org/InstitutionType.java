package vn.safeschool.org;

/** Types of institution as the sector database (csdl.moet.gov.vn) lists them. */
public enum InstitutionType {
    PRESCHOOL,
    PRIMARY,
    LOWER_SECONDARY,
    UPPER_SECONDARY,
    MULTI_LEVEL,
    CONTINUING_EDUCATION_CENTRE,
    INDEPENDENT_GROUP
}
