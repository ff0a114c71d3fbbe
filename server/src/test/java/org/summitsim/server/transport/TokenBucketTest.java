package org.summitsim.server.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long MS = 1_000_000L;

    @Test
    void aBurstIsAllowedThenOneTokenComesBackAtTheRate() {
        TokenBucket bucket = new TokenBucket(20, 3, 0);
        assertThat(bucket.millisUntilToken(0)).isZero();
        for (int i = 0; i < 3; i++) {
            assertThat(bucket.tryTake(0)).isTrue();
        }
        assertThat(bucket.tryTake(0)).isFalse();
        // 20 a second: one token every 50 ms.
        assertThat(bucket.millisUntilToken(0)).isEqualTo(50);
        assertThat(bucket.millisUntilToken(30 * MS)).isEqualTo(20);
        assertThat(bucket.tryTake(49 * MS)).isFalse();
        assertThat(bucket.tryTake(50 * MS)).isTrue();
        assertThat(bucket.describe()).isEqualTo("20 messages a second, 3 at once");
    }
}
