package dev.ordo.plugins.sqlite;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A SQLite connection whose {@code prepareStatement(sql)} lends statements from its {@link StatementCache}, taken back
 * when their user closes them; every other call goes to the driver's connection. Closing it closes the kept
 * statements first. A proxy rather than a hand-written wrapper: only these two methods differ from the driver's.
 */
final class CachingConnection implements InvocationHandler {

    private final Connection driverConnection;
    private final StatementCache cache;
    private Connection self;

    private CachingConnection(Connection driverConnection) {
        this.driverConnection = driverConnection;
        this.cache = new StatementCache(driverConnection);
    }

    static Connection wrap(Connection driverConnection) {
        CachingConnection handler = new CachingConnection(driverConnection);
        handler.self = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class}, handler);
        return handler.self;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("prepareStatement") && args.length == 1) {
            String sql = (String) args[0];
            return LentStatement.lend(self, cache, sql);
        }
        if (name.equals("close")) {
            cache.closeAll();
        }
        if (method.getDeclaringClass() == Object.class) {
            return objectMethod(proxy, name, args);
        }
        return call(driverConnection, method, args);
    }

    /** {@code equals}, {@code hashCode} and {@code toString} of the proxy itself: identity, as the driver's are. */
    static Object objectMethod(Object proxy, String name, Object[] args) {
        return switch (name) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> proxy.getClass().getInterfaces()[0].getSimpleName() + "@"
                + Integer.toHexString(System.identityHashCode(proxy));
        };
    }

    /** Calls the driver, throwing what it throws rather than the reflection wrapper. */
    static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** How many statements the connection keeps idle (for tests). */
    static int idleStatements(Connection connection) throws SQLException {
        if (Proxy.isProxyClass(connection.getClass())
            && Proxy.getInvocationHandler(connection) instanceof CachingConnection handler) {
            return handler.cache.size();
        }
        throw new SQLException("not a statement-caching connection");
    }
}
