package io.gopherscope.classroom;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Dates as the classroom shows and reads them: minutes, in the configured time zone. */
@Component
class Dates {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final ZoneId zone;

    Dates(ClassroomProperties props) {
        this.zone = props.zone();
    }

    String show(Instant t) {
        return t == null ? "" : SHOWN.format(t.atZone(zone));
    }

    /** The value of an {@code <input type="datetime-local">}. */
    String input(Instant t) {
        return INPUT.format(t.atZone(zone).truncatedTo(ChronoUnit.MINUTES));
    }

    /** Parses a {@code datetime-local} value; null if it is not one. */
    Instant parse(String s) {
        if (s == null || s.isBlank() || s.length() > 32) {
            return null;
        }
        try {
            return LocalDateTime.parse(s.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    String zoneId() {
        return zone.getId();
    }

    /** 0 min, 12 min, 3 h 05 min. */
    static String duration(Duration d) {
        long minutes = d.toMinutes();
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + String.format("%02d", minutes % 60) + " min";
    }
}
