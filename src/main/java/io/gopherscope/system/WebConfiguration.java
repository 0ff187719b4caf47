package io.gopherscope.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Serves the front end. The build copies {@code frontend/} into the jar's {@code static/}, so
 * {@code frontend/src/main.js} is {@code /src/main.js}. ES modules import each other by relative
 * URL with no bundler and no version in the name, so they are served {@code no-cache}: the
 * browser revalidates (cheaply, by Last-Modified) and never runs a stale module next to a new
 * one. Setting {@code gopherscope.frontend-dir=frontend} serves the working copy instead, for
 * editing the front end without rebuilding.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final String frontendDir;

    WebConfiguration(@Value("${gopherscope.frontend-dir:}") String frontendDir) {
        this.frontendDir = frontendDir;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : List.of("src", "styles")) {
            List<String> locations = new ArrayList<>();
            if (StringUtils.hasText(frontendDir)) {
                locations.add(Path.of(frontendDir, folder).toAbsolutePath().toUri().toString());
            }
            locations.add("classpath:/static/" + folder + "/");
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations(locations.toArray(String[]::new))
                    .setCacheControl(CacheControl.noCache());
        }
    }
}
