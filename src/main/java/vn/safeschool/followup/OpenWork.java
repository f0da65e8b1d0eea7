package vn.safeschool.followup;

import java.io.Serializable;

/** The unfinished follow-up of some units: cases they must answer or decide, corrective items still open. */
public record OpenWork(int cases, int correctiveItems) implements Serializable {

    public boolean isEmpty() {
        return cases == 0 && correctiveItems == 0;
    }
}
