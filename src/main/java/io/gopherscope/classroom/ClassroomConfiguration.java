package io.gopherscope.classroom;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;

/** The classroom's clock (tests replace it to make work late) and password hashing. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClassroomProperties.class)
class ClassroomConfiguration {

    @Bean
    Clock classroomClock() {
        return Clock.systemUTC();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
