package vn.safeschool.declaration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

@Embeddable
class Answer {

    @Column(name = "met")
    private boolean met;

    @Column(name = "note")
    private @Nullable String note;

    protected Answer() {
    }

    Answer(AnswerInput input) {
        this.met = input.met();
        this.note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
    }

    boolean met() {
        return met;
    }

    @Nullable
    String note() {
        return note;
    }
}
