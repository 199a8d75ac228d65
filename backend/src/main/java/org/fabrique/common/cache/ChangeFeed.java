package org.fabrique.common.cache;

import io.quarkus.arc.All;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheManager;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps the caches of this replica true to the database. Every change of a table a cache depends
 * on ({@link CacheDependency}) empties that cache:
 *
 * <ul>
 *   <li>a change committed by this replica, as soon as it has committed ({@link TableChanges});
 *   <li>a change committed by any replica (or by hand in SQL), when PostgreSQL delivers the
 *       notification that a statement trigger sends on the channel {@value #CHANNEL} (migration
 *       V17): one dedicated connection per replica listens to it.
 * </ul>
 *
 * <p>Caches are only used while that connection listens. When it fails, every cache is emptied
 * and bypassed (reads go to the database) until it listens again, since notifications sent in
 * between are lost. The connection is checked every second, and its socket times out after
 * {@code fabrique.cache.socket-timeout}: so a replica serves from a cache for at most that long
 * after a silent network failure, and never longer after a change it was told of.
 */
@ApplicationScoped
public class ChangeFeed {
    public static final String CHANNEL = "fabrique_changes";
    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    private static final Duration POLL = Duration.ofSeconds(1);

    private final CacheManager caches;
    private final Map<String, Set<String>> cachesByTable = new HashMap<>();
    private final Set<String> cacheNames = new LinkedHashSet<>();
    private final boolean enabled;
    private final String url;
    private final Properties connectionProperties = new Properties();

    private volatile boolean live;
    private volatile boolean stopping;
    private volatile Thread thread;

    public ChangeFeed(
            CacheManager caches,
            @All List<CacheDependency> dependencies,
            @ConfigProperty(name = "fabrique.cache.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "fabrique.cache.socket-timeout", defaultValue = "10s") Duration socketTimeout,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.caches = caches;
        this.enabled = enabled;
        this.url = url;
        for (CacheDependency dependency : dependencies) {
            cacheNames.add(dependency.cacheName());
            for (String table : dependency.tables()) {
                cachesByTable.computeIfAbsent(table, k -> new LinkedHashSet<>()).add(dependency.cacheName());
            }
        }
        user.ifPresent(u -> connectionProperties.setProperty("user", u));
        password.ifPresent(p -> connectionProperties.setProperty("password", p));
        connectionProperties.setProperty("connectTimeout", "5");
        connectionProperties.setProperty("socketTimeout", Long.toString(Math.max(1, socketTimeout.toSeconds())));
        connectionProperties.setProperty("ApplicationName", "fabrique change feed");
    }

    void start(@Observes StartupEvent event) {
        if (enabled) {
            thread = Thread.ofPlatform().name("change-feed").daemon().start(this::listen);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }

    /** True while this replica hears of every change, so that its caches may serve reads. */
    public boolean live() {
        return live;
    }

    /**
     * The value of {@code key} in {@code cache} (injected with {@code @CacheName}), computed by
     * {@code loader} on the calling thread when absent; computed every time while the feed does
     * not listen. A value whose computation overlapped a change is not kept: the change removes
     * the entry being computed, and the next read computes it again. A transaction that has written
     * something reads around the cache: it must see its own changes, and nobody else must see them
     * before they commit.
     */
    public <T> T read(Cache cache, Object key, Supplier<T> loader) {
        if (!live || TableChanges.pendingInCurrentTransaction()) {
            return loader.get();
        }
        return cache.<Object, T>get(key, k -> loader.get()).await().indefinitely();
    }

    /** Empties the caches that depend on these tables. */
    public void changed(Set<String> tables) {
        Set<String> stale = new LinkedHashSet<>(cachesByTable.getOrDefault(CacheDependency.ANY_TABLE, Set.of()));
        for (String table : tables) {
            stale.addAll(cachesByTable.getOrDefault(table, Set.of()));
        }
        stale.forEach(this::invalidate);
    }

    private void invalidateAll() {
        cacheNames.forEach(this::invalidate);
    }

    private void invalidate(String cacheName) {
        caches.getCache(cacheName).ifPresent(c -> c.invalidateAll().await().indefinitely());
    }

    private void listen() {
        long backoff = 250;
        while (!stopping) {
            try (Connection connection = new org.postgresql.Driver().connect(url, connectionProperties)) {
                if (connection == null) {
                    throw new SQLException("not a PostgreSQL URL: " + url);
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                // Notifications sent before LISTEN are lost: forget what may have changed meanwhile.
                invalidateAll();
                live = true;
                backoff = 250;
                LOG.debugf("Listening to %s", CHANNEL);
                while (!stopping) {
                    PGNotification[] notifications = pg.getNotifications((int) POLL.toMillis());
                    if (notifications == null || notifications.length == 0) {
                        try (Statement statement = connection.createStatement()) {
                            statement.execute("select 1"); // fails when the connection is gone
                        }
                        continue;
                    }
                    Set<String> tables = new LinkedHashSet<>();
                    for (PGNotification n : notifications) {
                        tables.add(n.getParameter());
                    }
                    changed(tables);
                }
            } catch (SQLException | RuntimeException e) {
                if (stopping) {
                    break;
                }
                if (live) {
                    LOG.warnf("Change feed lost (%s): caches are bypassed until it listens again", e.getMessage());
                }
                live = false;
                invalidateAll();
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
                backoff = Math.min(backoff * 2, 5000);
            }
        }
        live = false;
    }
}
