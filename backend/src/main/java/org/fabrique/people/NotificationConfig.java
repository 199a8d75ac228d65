package org.fabrique.people;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the notifier and of the daily digest. */
@ConfigMapping(prefix = "fabrique.notifications")
public interface NotificationConfig {
    /** How often the notifier reads the change log ("off" stops it). */
    @WithDefault("5s")
    String every();

    /** When the daily digest is sent (Quartz-like cron of quarkus-scheduler; "off" stops it). */
    @WithDefault("0 0 7 * * ?")
    String digestCron();

    /** Changes read per round. */
    @WithDefault("200")
    int batchSize();
}
