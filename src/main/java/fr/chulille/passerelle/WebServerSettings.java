package fr.chulille.passerelle;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded web server's settings that Spring Boot has no property for.
 * <p>
 * Tomcat keeps the buffers of closed connections (two of 8 KiB each) for later connections, as many as a share of the
 * maximum heap allows. Each browser that loads a page opens several connections, so the portal kept their buffers long
 * after the pages were loaded and the connections closed: about 90 KiB per open form (issue 16, item 8,
 * docs/performance.md). A new connection now gets new buffers instead (16 KiB, for a portal with a few users at a
 * time); open ones keep theirs.
 */
@Configuration(proxyBeanMethods = false)
class WebServerSettings {

    static final String BUFFER_POOL = "socket.bufferPool";

    @Bean
    TomcatConnectorCustomizer closedConnectionsKeepNoBuffers() {
        return connector -> connector.setProperty(BUFFER_POOL, "0");
    }
}
