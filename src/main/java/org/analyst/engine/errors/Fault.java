package org.analyst.engine.errors;

import java.sql.SQLException;

import org.analyst.graphql.ErrorCode;
import org.jboss.logging.Logger;

/**
 * A failure that is not the caller's, as far as the caller may know about it: the database is
 * unreachable or overloaded, a query ran past the statement timeout, or anything else.
 */
enum Fault {

    SERVICE_UNAVAILABLE(ErrorCode.SERVICE_UNAVAILABLE, "The database is unavailable. Try again shortly.", Logger.Level.WARN),
    QUERY_TIMEOUT(ErrorCode.QUERY_TIMEOUT, "The query took too long and was stopped. Ask for less: smaller pages,"
            + " fewer nested connections, narrower filters.", Logger.Level.WARN),
    INTERNAL_SERVER_ERROR(ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error.", Logger.Level.ERROR);

    private final ErrorCode code;
    private final String message;
    private final Logger.Level level;

    Fault(ErrorCode code, String message, Logger.Level level) {
        this.code = code;
        this.message = message;
        this.level = level;
    }

    ErrorCode code() {
        return code;
    }

    String message() {
        return message;
    }

    Logger.Level level() {
        return level;
    }

    /** Reads the SQL state of the first SQL exception among the causes; whatever is not a database fault is internal. */
    static Fault of(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return ofSqlException(sql);
            }
        }
        return INTERNAL_SERVER_ERROR;
    }

    private static Fault ofSqlException(SQLException exception) {
        String state = exception.getSQLState();
        if (state == null) {
            // The connection pool reports an acquisition timeout without a state.
            return raisedByThePool(exception) ? SERVICE_UNAVAILABLE : INTERNAL_SERVER_ERROR;
        }
        if (state.equals("57014")) { // query_canceled: the statement timeout
            return QUERY_TIMEOUT;
        }
        if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")) {
            // connection exceptions, insufficient resources, server shutting down or starting
            return SERVICE_UNAVAILABLE;
        }
        return INTERNAL_SERVER_ERROR;
    }

    private static boolean raisedByThePool(SQLException exception) {
        StackTraceElement[] stack = exception.getStackTrace();
        return stack.length > 0 && stack[0].getClassName().startsWith("io.agroal.");
    }
}
