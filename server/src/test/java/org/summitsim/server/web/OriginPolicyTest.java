package org.summitsim.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OriginPolicyTest {

    @Test
    void theServersOwnOriginIsItsSchemeHostAndPort() {
        OriginPolicy p = OriginPolicy.sameOriginOnly();
        assertThat(p.allows("http://192.168.1.20:7777", "192.168.1.20:7777", false))
                .isTrue();
        assertThat(p.allows("HTTP://Teacher.Local:7777", "teacher.local:7777", false))
                .isTrue();
        assertThat(p.allows("http://example.org", "example.org:80", false))
                .as("default port")
                .isTrue();
        assertThat(p.allows("https://example.org", "example.org", true)).isTrue();
        assertThat(p.allows("http://example.org", "example.org", true))
                .as("a TLS server's pages are https")
                .isFalse();
        assertThat(p.allows("http://192.168.1.20:7778", "192.168.1.20:7777", false))
                .isFalse();
        assertThat(p.allows("http://evil.example", "192.168.1.20:7777", false)).isFalse();
        assertThat(p.allows("null", "192.168.1.20:7777", false)).isFalse();
        assertThat(p.allows("http://192.168.1.20:7777", null, false)).isFalse();
        assertThat(p.allows(null, "192.168.1.20:7777", false))
                .as("not a browser")
                .isTrue();
    }

    @Test
    void otherOriginsAreAllowedOnlyWhenListed() {
        OriginPolicy p = new OriginPolicy(List.of("https://school.example", "http://10.0.0.5:8080"));
        assertThat(p.allows("https://school.example:443", "10.0.0.1:7777", false))
                .isTrue();
        assertThat(p.allows("http://10.0.0.5:8080", "10.0.0.1:7777", false)).isTrue();
        assertThat(p.allows("http://school.example", "10.0.0.1:7777", false)).isFalse();
        assertThat(new OriginPolicy(List.of("*")).allows("http://anything.example", "x:1", false))
                .isTrue();
        assertThatThrownBy(() -> new OriginPolicy(List.of("school.example/path")))
                .hasMessageContaining("--allow-origin");
    }
}
