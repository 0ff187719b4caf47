package io.gopherscope.testing;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * Makes the application's database fail on demand, in a Spring test
 * ({@code @Import(DatabaseOutage.Config.class)}, then inject {@link DatabaseOutage}):
 *
 * <ul>
 *   <li>{@link #down()}: no connection can be had, as when PostgreSQL is stopped or unreachable
 *       (what the pool reports after its timeout, without waiting 30 s for it);</li>
 *   <li>{@link #failWrites()}: connections work, but every INSERT, UPDATE or DELETE fails, as when
 *       the disk is full or the database went read-only in the middle of a request;</li>
 *   <li>{@link #heal()}: back to normal.</li>
 * </ul>
 */
public final class DatabaseOutage {

    public enum Mode { NONE, DOWN, WRITES_FAIL }

    private volatile Mode mode = Mode.NONE;

    public void down() {
        mode = Mode.DOWN;
    }

    public void failWrites() {
        mode = Mode.WRITES_FAIL;
    }

    public void heal() {
        mode = Mode.NONE;
    }

    Connection connect(DataSource target) throws SQLException {
        if (mode == Mode.DOWN) {
            throw new SQLTransientConnectionException("test outage: the database does not answer", "08001");
        }
        Connection real = target.getConnection();
        InvocationHandler handler = (proxy, method, args) -> {
            if (mode == Mode.WRITES_FAIL && args != null && args.length > 0 && args[0] instanceof String sql
                    && isWrite(sql)) {
                throw new SQLException("test outage: could not write (disk full)", "53100");
            }
            if (mode == Mode.DOWN && !method.getName().equals("close")) {
                throw new SQLTransientConnectionException("test outage: connection lost", "08006");
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class}, handler);
    }

    private static boolean isWrite(String sql) {
        String s = sql.stripLeading().toLowerCase(Locale.ROOT);
        return s.startsWith("insert") || s.startsWith("update") || s.startsWith("delete");
    }

    /** Wraps the application's DataSource and provides the switch. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        DatabaseOutage databaseOutage() {
            return new DatabaseOutage();
        }

        @Bean
        static BeanPostProcessor databaseOutageWrapper(org.springframework.beans.factory.ObjectProvider<DatabaseOutage> outage) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof DataSource ds) || bean instanceof DelegatingDataSource) {
                        return bean;
                    }
                    return new DelegatingDataSource(ds) {
                        @Override
                        public Connection getConnection() throws SQLException {
                            return outage.getObject().connect(ds);
                        }

                        @Override
                        public Connection getConnection(String user, String password) throws SQLException {
                            return outage.getObject().connect(ds);
                        }
                    };
                }
            };
        }
    }
}
