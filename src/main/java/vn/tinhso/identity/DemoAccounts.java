package vn.tinhso.identity;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.platform.TinhsoProperties;

/**
 * One demo account per role, in the demo agencies, created on the first start of a platform with demo data on.
 * The accounts and their shared password are printed at start-up.
 */
@Component
@Order(20)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /** username, name, role, agency code (Hải Phòng after 01/07/2025, including the former Hải Dương). */
    static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin", "Quản trị hệ thống", Role.SYSTEM_ADMIN, ""),
            new Demo("motcua.hp", "Nguyễn Thị Hoa", Role.OFFICER, "000.05.00.H26"),
            new Demo("motcua.haiduong", "Trần Văn Bình", Role.OFFICER, "525.01.00.H26"),
            new Demo("chuyenvien.tuphap", "Phạm Thu Trang", Role.OFFICER, "000.11.00.H26"),
            new Demo("lanhdao.tuphap", "Lê Quang Minh", Role.LEADER, "000.11.00.H26"),
            new Demo("quantri.tuphap", "Vũ Thị Lan", Role.AGENCY_ADMIN, "000.11.00.H26"),
            new Demo("dti.khcn", "Đỗ Văn Hùng", Role.DTI_ASSESSOR, "000.13.00.H26"),
            new Demo("dti.hoidong", "Hoàng Thị Mai", Role.DTI_COUNCIL, "000.01.00.H26"),
            new Demo("vanphong.ubnd", "Ngô Thanh Hương", Role.OFFICER, "000.01.00.H26"),
            new Demo("dulieu.khcn", "Bùi Đức Anh", Role.DATA_PUBLISHER, "000.13.00.H26"));

    /** A citizen born in 1995 whose birth was registered in Hải Dương (030), male, 20th century (0). */
    static final String DEMO_CITIZEN = "030095001234";

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final IdentityProperties identity;
    private final TinhsoProperties platform;
    private final TransactionTemplate transaction;
    private final AuditLog audit;

    DemoAccounts(Accounts accounts, PasswordEncoder passwords, IdentityProperties identity,
                 TinhsoProperties platform, TransactionTemplate transaction, AuditLog audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.identity = identity;
        this.platform = platform;
        this.transaction = transaction;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!platform.demo().enabled() || !accounts.isEmpty()) {
            return;
        }
        String hash = passwords.encode(identity.demoPassword());
        transaction.executeWithoutResult(status -> {
            for (Demo demo : ACCOUNTS) {
                accounts.create(new NewAccount(demo.username(), demo.name(), AccountKind.OFFICER, hash, null,
                        null, null, List.of(new RoleGrant(demo.role(), demo.agencyCode()))));
            }
            accounts.create(new NewAccount(DEMO_CITIZEN, "Nguyễn Văn An", AccountKind.CITIZEN, hash, DEMO_CITIZEN,
                    "an.nguyen@example.vn", "0912345678", List.of(new RoleGrant(Role.CITIZEN, ""))));
            audit.record(AuditLog.SYSTEM, "identity.demo-accounts-created", "demo", ACCOUNTS.size() + 1 + " accounts");
        });
        log.info("Created {} demo accounts", ACCOUNTS.size() + 1);
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (!platform.demo().enabled()) {
            return;
        }
        var lines = new StringBuilder("\n  Tài khoản demo / demo accounts (mật khẩu / password: ")
                .append(identity.demoPassword()).append(")\n");
        ACCOUNTS.forEach(demo -> lines.append(String.format("    %-20s %-14s %s%n",
                demo.username(), demo.role(), demo.agencyCode())));
        lines.append(String.format("    %-20s %-14s %s%n", DEMO_CITIZEN, Role.CITIZEN, "Nguyễn Văn An"));
        log.info(lines.toString());
    }

    record Demo(String username, String name, Role role, String agencyCode) {
    }
}
