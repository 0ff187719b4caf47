package io.gopherscope.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Serves the front end and chooses the interface language.
 *
 * <p>The build copies {@code frontend/} into the jar's {@code static/}, so
 * {@code frontend/src/main.js} is {@code /src/main.js}. ES modules import each other by relative
 * URL with no bundler and no version in the name, so they are served {@code no-cache}: the
 * browser revalidates (cheaply, by Last-Modified) and never runs a stale module next to a new
 * one. Setting {@code gopherscope.frontend-dir=frontend} serves the working copy instead, for
 * editing the front end without rebuilding.
 *
 * <p>Language: English or Simplified Chinese ({@code messages*.properties}). A {@code ?lang=zh-CN}
 * or {@code ?lang=en} parameter switches and is remembered in a cookie; without one the browser's
 * Accept-Language decides, and anything that is not Chinese gets English.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final String LANG_PARAM = "lang";
    static final String LANG_COOKIE = "gopherscope-lang";

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

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(LANG_PARAM);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** The bean name is the one DispatcherServlet looks up. */
    @Bean(name = "localeResolver")
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANG_COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> SupportedLocales.pick(request.getLocale()));
        return resolver;
    }

    /** The two interface languages. */
    static final class SupportedLocales {
        static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

        private SupportedLocales() {
        }

        static Locale pick(Locale requested) {
            return requested != null && "zh".equals(requested.getLanguage()) ? CHINESE : Locale.ENGLISH;
        }
    }
}
