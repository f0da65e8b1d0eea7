package vn.safeschool.letter;

import org.jspecify.annotations.Nullable;

/**
 * The template a department's letters start from, with the version it was read at.
 *
 * @param departmentId the department whose own template this is; null for the shipped default it has not yet
 *                     changed
 */
public record LetterTemplateInfo(long id, @Nullable Long departmentId, LetterFields fields, long version) {

    /** The same template, read at the same version, with other text: what saving it asks for. */
    public LetterTemplateInfo with(LetterFields changed) {
        return new LetterTemplateInfo(id, departmentId, changed, version);
    }
}
