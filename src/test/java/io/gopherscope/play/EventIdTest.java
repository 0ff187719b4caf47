package io.gopherscope.play;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventIdTest {

    @Test
    void branchDashStep() {
        assertThat(new EventId(2, 15)).hasToString("2-15");
        assertThat(EventId.parse("2-15")).isEqualTo(new EventId(2, 15));
        assertThat(EventId.parse(" 0-0 ")).isEqualTo(new EventId(0, 0));
    }

    @Test
    void anythingElseIsNoId() {
        for (String s : new String[] {null, "", "15", "-15", "2-", "a-1", "1-b", "1--2", "1-2-3", "99999999999-1"}) {
            assertThat(EventId.parse(s)).as(s).isNull();
        }
    }
}
