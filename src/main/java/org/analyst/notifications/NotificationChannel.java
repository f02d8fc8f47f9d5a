package org.analyst.notifications;

/**
 * A feature's PostgreSQL notification channel: what it does when a committed transaction sent
 * {@code notify_instances(name, payload)} (SQL), and when this instance (re)starts listening.
 * Implementations are CDI beans; {@link DatabaseNotifications} finds them at start-up.
 *
 * <p>Notifications are transactional (PostgreSQL delivers them at commit, never after a rollback)
 * but not durable: whatever was sent while this instance was not listening is lost. So
 * {@link #listening()} is where a feature catches up from the state it keeps in tables, or drops
 * what it may have missed.
 */
public interface NotificationChannel {

    /** The channel's name, as SQL's {@code notify_instances(channel, payload)} takes it. */
    String name();

    /** A notification on this channel. Runs on the listener's thread: keep it short, or hand off. */
    void received(String payload);

    /**
     * Called once {@code LISTEN} is in force, on the first connection and after every reconnection:
     * anything committed from now on will be {@link #received}; anything before may have been missed.
     */
    void listening();
}
