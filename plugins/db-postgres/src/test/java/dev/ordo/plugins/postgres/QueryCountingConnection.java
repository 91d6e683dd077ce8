package dev.ordo.plugins.postgres;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps a real connection and counts the SQL commands run through it (not a mock: everything is forwarded). */
final class QueryCountingConnection {

    private final AtomicInteger queries = new AtomicInteger();
    private final Connection connection;

    QueryCountingConnection(Connection real) {
        this.connection = proxy(Connection.class, real, (method, result) -> {
            if (result instanceof Statement statement) {
                return countingStatement(statement);
            }
            return result;
        });
    }

    Connection connection() {
        return connection;
    }

    int queries() {
        return queries.get();
    }

    private Object countingStatement(Statement statement) {
        Class<?> type = statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        return proxy(type, statement, (method, result) -> {
            if (method.getName().startsWith("execute")) {
                queries.incrementAndGet();
            }
            return result;
        });
    }

    private interface AfterCall {
        Object apply(Method method, Object result) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Object target, AfterCall after) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            try {
                return after.apply(method, method.invoke(target, arguments));
            } catch (InvocationTargetException failure) {
                throw failure.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(QueryCountingConnection.class.getClassLoader(),
            new Class<?>[] {type}, handler));
    }
}
