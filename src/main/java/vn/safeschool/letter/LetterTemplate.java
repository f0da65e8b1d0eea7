package vn.safeschool.letter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "letter_template")
class LetterTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "department_id")
    private @Nullable Long departmentId;

    @Column(name = "governing_body")
    private String governingBody = "";

    private String place = "";
    private String symbol = "";
    private String subject = "";
    private String recipients = "";
    private String body = "";

    @Column(name = "signer_title")
    private String signerTitle = "";

    @Column(name = "signer_name")
    private String signerName = "";

    @Column(name = "copies_to")
    private String copiesTo = "";

    @Version
    private long version;

    protected LetterTemplate() {
    }

    /** A department's own template, made the first time its staff save the shipped default. */
    LetterTemplate(long departmentId, LetterFields fields) {
        this.departmentId = departmentId;
        apply(fields);
    }

    long version() {
        return version;
    }

    void apply(LetterFields fields) {
        this.governingBody = fields.governingBody();
        this.place = fields.place();
        this.symbol = fields.symbol();
        this.subject = fields.subject();
        this.recipients = fields.recipients();
        this.body = fields.body();
        this.signerTitle = fields.signerTitle();
        this.signerName = fields.signerName();
        this.copiesTo = fields.copiesTo();
    }

    LetterFields fields() {
        return new LetterFields(governingBody, place, symbol, subject, recipients, body, signerTitle, signerName,
                copiesTo);
    }

    LetterTemplateInfo toInfo() {
        return new LetterTemplateInfo(id == null ? 0 : id, departmentId, fields(), version);
    }
}
