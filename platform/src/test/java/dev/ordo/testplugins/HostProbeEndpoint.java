package dev.ordo.testplugins;

import dev.ordo.api.Endpoint;
import dev.ordo.api.ModuleContext;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.Router;
import java.util.LinkedHashMap;
import java.util.Map;

/** An endpoint that reports which classes its plugin's class loader can see. */
public final class HostProbeEndpoint implements Endpoint {

    @Override
    public String id() {
        return "probe";
    }

    @Override
    public void register(Router router, ModuleContext context) {
        router.get("/", request -> {
            Map<String, Object> visible = new LinkedHashMap<>();
            visible.put("host", canLoad("dev.ordo.platform.OrdoHost"));
            visible.put("api", canLoad("dev.ordo.api.ModuleContext"));
            visible.put("apiFromHost", ModuleContext.class.getClassLoader() != getClass().getClassLoader());
            return Response.data(visible);
        });
    }

    private boolean canLoad(String className) {
        try {
            Class.forName(className, false, getClass().getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
