package vn.tinhso.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Tells whoever started the platform where to open it. */
@Component
class StartupNotice {

    private static final Logger log = LoggerFactory.getLogger(StartupNotice.class);

    private final TinhsoProperties properties;

    StartupNotice(TinhsoProperties properties) {
        this.properties = properties;
    }

    @Order(0)
    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        log.info("""

                ============================================================
                  tinhso đã sẵn sàng / is ready:  {}
                  Dữ liệu / data directory:       {}
                ============================================================""",
                properties.baseUrl(), properties.dataDir().toAbsolutePath().normalize());
    }
}
