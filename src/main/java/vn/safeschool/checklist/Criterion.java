package vn.safeschool.checklist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "criterion")
class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private int number;

    @Enumerated(EnumType.STRING)
    private Phase phase = Phase.BEFORE;

    private int position;

    @Column(name = "text_vi")
    private String textVi = "";

    @Column(name = "text_en")
    private String textEn = "";

    private boolean mandatory;

    protected Criterion() {
    }

    Criterion(ChecklistEdit.Item item) {
        this.number = item.number();
        apply(item);
    }

    Criterion copy() {
        Criterion copy = new Criterion();
        copy.number = number;
        copy.phase = phase;
        copy.position = position;
        copy.textVi = textVi;
        copy.textEn = textEn;
        copy.mandatory = mandatory;
        return copy;
    }

    void apply(ChecklistEdit.Item item) {
        this.phase = item.phase();
        this.position = item.position();
        this.textVi = item.textVi().strip();
        this.textEn = item.textEn().strip();
        this.mandatory = item.mandatory();
    }

    int number() {
        return number;
    }

    Phase phase() {
        return phase;
    }

    int position() {
        return position;
    }

    boolean mandatory() {
        return mandatory;
    }

    CriterionInfo toInfo() {
        return new CriterionInfo(id == null ? 0 : id, number, phase, position, textVi, textEn, mandatory);
    }
}
