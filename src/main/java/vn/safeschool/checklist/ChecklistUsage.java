package vn.safeschool.checklist;

/**
 * Whether anything uses a checklist version, answered by the features that use versions (campaigns). The checklist
 * asks through this interface rather than reading their tables: they depend on the checklist, never the reverse.
 */
public interface ChecklistUsage {

    boolean uses(long checklistVersionId);
}
