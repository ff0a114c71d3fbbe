package org.summitsim.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one address `summit serve` tells the teacher to hand out. */
class BrowserAddressTest {

    @Test
    void itIsTheStudentPageOnTheServersPort() {
        assertThat(ServeCommand.browserAddress(false, "192.168.1.20", 7777)).isEqualTo("http://192.168.1.20:7777/");
        assertThat(ServeCommand.browserAddress(true, "summit.school.example", 443))
                .isEqualTo("https://summit.school.example:443/");
        assertThat(ServeCommand.browserAddress(false, "fd00::5", 7777)).isEqualTo("http://[fd00::5]:7777/");
    }
}
