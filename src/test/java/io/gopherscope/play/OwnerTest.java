package io.gopherscope.play;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

class OwnerTest {

    @Test
    void requestsOfOneNewSessionAtTheSameMomentGetOneToken() throws Exception {
        for (int round = 0; round < 50; round++) {
            MockHttpSession session = new MockHttpSession();
            Set<String> tokens = ConcurrentHashMap.newKeySet();
            CountDownLatch go = new CountDownLatch(1);
            try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
                for (int i = 0; i < 6; i++) {
                    pool.execute(() -> {
                        try {
                            go.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        tokens.add(Owner.of(session));
                    });
                }
                go.countDown();
            }
            assertThat(tokens).hasSize(1);
            assertThat(Owner.of(session)).isEqualTo(tokens.iterator().next());
        }
    }
}
