package vn.safeschool.base.ui;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import vn.safeschool.base.RuleViolation;

/**
 * What a user is told about an error that reached the UI: a refusal in its own words; a database that cannot be
 * reached as such ("not saved, try again" — the transaction was rolled back, nothing is half-stored); an edit that
 * lost a race as "changed meanwhile". Anything else is unexpected and gets a reference for the log.
 */
public final class UserErrors {

    static final String DATABASE_UNAVAILABLE = "error.database-unavailable";

    private UserErrors() {
    }

    /** The error as a refusal the user can act on, or empty when it is a bug to report. */
    public static Optional<RuleViolation> explain(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation violation) {
                return Optional.of(violation);
            }
        }
        if (databaseUnavailable(error)) {
            return Optional.of(new RuleViolation(DATABASE_UNAVAILABLE));
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyFailureException) {
                return Optional.of(new RuleViolation("error.changed-meanwhile"));
            }
        }
        return Optional.empty();
    }

    /**
     * The pool found no working connection in time, the connection broke during the request, or the server refused
     * it: Spring, Hibernate, Hikari and the driver each say so in their own type, somewhere in the chain of causes.
     */
    static boolean databaseUnavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException || t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
