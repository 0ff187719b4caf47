package io.gopherscope.classroom;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.ZoneId;

/**
 * {@code gopherscope.classroom.*}.
 *
 * @param adminUser     {@code GOPHERSCOPE_ADMIN_USER}: the first instructor, created on start if none exists
 * @param adminPassword {@code GOPHERSCOPE_ADMIN_PASSWORD}: that instructor's password
 * @param timeZone      the zone of the dates on assignment forms and pages; blank for the server's
 */
@ConfigurationProperties("gopherscope.classroom")
record ClassroomProperties(String adminUser, String adminPassword, String timeZone) {

    ZoneId zone() {
        return timeZone == null || timeZone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(timeZone.strip());
    }
}
