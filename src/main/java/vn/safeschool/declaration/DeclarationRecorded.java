package vn.safeschool.declaration;

/**
 * A submission was recorded (published in its transaction, next to the audit event): for whoever counts or reacts
 * to declarations without reading the audit log, e.g. the operations metrics.
 *
 * @param origin who made it: the school itself, someone on its behalf, or an import of an earlier record
 */
public record DeclarationRecorded(long declarationId, long unitId, long campaignId, Origin origin) {

    public enum Origin {
        SCHOOL,
        ON_BEHALF,
        IMPORT
    }
}
