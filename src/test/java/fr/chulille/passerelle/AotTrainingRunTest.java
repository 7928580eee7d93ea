package fr.chulille.passerelle;

import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training run of the AOT cache (src/aot/AotTrainingRun.java) runs only in the Maven profile aot-cache, never in
 * CI: here it must at least compile, ask the portal for its fictional referrals by the setting it reads, and every page it
 * asks for must still be a route of the portal (a renamed
 * page would leave what serving it loads out of the cache, and the start-up slower, without any error).
 */
class AotTrainingRunTest {

    private static final Path SOURCE = Path.of("src/aot/AotTrainingRun.java");

    @Test
    void compilesAndRequestsOnlyPagesThatExist(@TempDir Path classes) throws Exception {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, errors, "-d", classes.toString(), SOURCE.toString());
        assertThat(status).as("javac %s: %s", SOURCE, errors).isZero();

        try (URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()}, null)) {
            Field pagesField = loader.loadClass("AotTrainingRun").getDeclaredField("PAGES");
            pagesField.setAccessible(true);
            @SuppressWarnings("unchecked")
            List<String> pages = (List<String>) pagesField.get(null);
            assertThat(pages).contains("", "referral", "login").isSubsetOf(routes());
            Field referrals = loader.loadClass("AotTrainingRun").getDeclaredField("REFERRALS_ARGUMENT");
            referrals.setAccessible(true);
            assertThat((String) referrals.get(null)).as("the setting AotTrainingReferrals reads")
                    .matches("--passerelle\\.aot-training\\.referrals=[1-9][0-9]*");
        }
    }

    private static Set<String> routes() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routes = new java.util.HashSet<>();
        for (BeanDefinition view : scanner.findCandidateComponents("fr.chulille.passerelle")) {
            routes.add(Class.forName(view.getBeanClassName()).getAnnotation(Route.class).value());
        }
        return routes;
    }
}
