package vn.tinhso.dti.cycle;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.dti.scoring.Framework;
import vn.tinhso.dti.scoring.FrameworkProblem;
import vn.tinhso.dti.scoring.Frameworks;
import vn.tinhso.dti.scoring.InvalidFramework;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.platform.Refusal;

/**
 * New framework versions: the shipped ones stored at start-up when absent, and files (JSON in the engine's format,
 * or the engine's workbook) imported by the keepers of the DTI's reference data. A file is validated whole; with any
 * problem nothing is stored and every problem is reported.
 */
@Service
@Order(50)
public class FrameworkImports implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FrameworkImports.class);

    private final StoredFrameworks frameworks;
    private final DtiAccess access;
    private final AuditLog audit;
    private final Clock clock;

    FrameworkImports(StoredFrameworks frameworks, DtiAccess access, AuditLog audit, Clock clock) {
        this.frameworks = frameworks;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        for (String code : Frameworks.SHIPPED) {
            Framework framework = Frameworks.shipped(code).orElseThrow();
            if (!frameworks.exists(framework.code(), framework.version())) {
                StoredFramework stored = frameworks.store(framework, AuditLog.SYSTEM, clock.instant());
                audit.record(AuditLog.SYSTEM, "dti.framework.imported", "dti-framework/" + stored.id(),
                        stored.label() + " (shipped)");
                log.info("Stored the shipped DTI framework {}", stored.label());
            }
        }
    }

    /** Imports a framework file (JSON or xlsx, told apart by content) as a new version. */
    @Transactional
    public StoredFramework importFile(CurrentUser user, byte[] content, String fileName) {
        if (!access.keepsReferenceData(user)) {
            throw new Refusal(HttpStatus.FORBIDDEN, "dti.framework.not-keeper");
        }
        Framework framework;
        try {
            framework = read(content);
        } catch (InvalidFramework invalid) {
            throw new RefusedFramework(invalid.problems());
        }
        StoredFramework stored = frameworks.store(framework, user.username(), clock.instant());
        audit.record(user.username(), "dti.framework.imported", "dti-framework/" + stored.id(),
                stored.label() + " from " + EvidenceFiles.cleanName(fileName));
        return stored;
    }

    private static Framework read(byte[] content) {
        if (content == null || content.length == 0) {
            throw Refusal.of("dti.framework.file-empty");
        }
        if (content.length > 4 && content[0] == 'P' && content[1] == 'K') {
            return Frameworks.readXlsx(new ByteArrayInputStream(content));
        }
        boolean byteOrderMark = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
        int first = byteOrderMark ? 3 : 0;
        while (first < content.length && Character.isWhitespace(content[first])) {
            first++;
        }
        if (first < content.length && content[first] == '{') {
            return Frameworks.readJson(new ByteArrayInputStream(content));
        }
        throw Refusal.of("dti.framework.file-kind");
    }

    /** A framework file that cannot be imported, with every problem found; nothing was stored. */
    public static class RefusedFramework extends Refusal {

        private final transient List<FrameworkProblem> problems;

        RefusedFramework(List<FrameworkProblem> problems) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "dti.framework.invalid", String.valueOf(problems.size()));
            this.problems = List.copyOf(problems);
        }

        public List<FrameworkProblem> problems() {
            return problems;
        }
    }
}
