-- Notifications to every instance of the application (org.analyst.notifications): pg_notify on a
-- channel named after the schema, since schemas share a database's channels. Sent inside the
-- writing transaction, a notification is delivered at commit and never after a rollback.
CREATE FUNCTION notify_instances(channel text, payload text) RETURNS void
    LANGUAGE sql VOLATILE AS
$$ SELECT pg_notify(current_schema() || ':' || channel, payload) $$;
