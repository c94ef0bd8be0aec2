package vn.tinhso.dossier;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.api.Task;

import vn.tinhso.procedure.Workflow;

/**
 * Flowable 8, embedded and configured as its own documentation shows (no Spring integration), on the same
 * PostgreSQL server as the platform, its tables in their own schema, with a pool as large as the platform's and
 * the asynchronous executor off (no timers or async tasks in this process).
 * History level {@code audit}, Flowable's default, as the platform also keeps the full history of a dossier.
 * The process is five user tasks in sequence ({@code four-steps.bpmn20.xml}).
 */
final class FlowableFourSteps implements WorkflowRun.Engine, AutoCloseable {

    static final String SCHEMA = "flowable_bench";
    private static final String PROCESS = "fourSteps";

    private final HikariDataSource pool;
    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final TaskService tasks;

    FlowableFourSteps(HikariDataSource platform) throws SQLException {
        try (var connection = platform.getConnection(); var statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
        }
        pool = new HikariDataSource();
        String url = platform.getJdbcUrl();
        pool.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        pool.setUsername(platform.getUsername());
        pool.setPassword(platform.getPassword());
        pool.setMaximumPoolSize(platform.getMaximumPoolSize());
        pool.setPoolName("flowable-bench");
        var configuration = (StandaloneProcessEngineConfiguration) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration();
        configuration.setDataSource(pool);
        // The schema comes with each connection (currentSchema above). setDatabaseSchema would also work, but makes
        // Flowable set and Hikari reset the search_path around every command: two more round trips per transaction.
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistoryLevel(HistoryLevel.AUDIT);
        configuration.setAsyncExecutorActivate(false);
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("bench-workflow")
                .addClasspathResource("vn/tinhso/dossier/four-steps.bpmn20.xml").deploy();
        checkIsolated(platform);
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
    }

    /** Flowable's tables must all be in their own schema, none beside the platform's. */
    private static void checkIsolated(HikariDataSource platform) throws SQLException {
        try (var connection = platform.getConnection(); var statement = connection.createStatement();
             var tables = statement.executeQuery("""
                     SELECT count(*) FILTER (WHERE table_schema = '%s'), count(*) FILTER (WHERE table_schema <> '%s')
                     FROM information_schema.tables WHERE table_name LIKE 'act\\_%%' OR table_name LIKE 'flw\\_%%'
                     """.formatted(SCHEMA, SCHEMA))) {
            tables.next();
            if (tables.getInt(1) == 0 || tables.getInt(2) > 0) {
                throw new IllegalStateException("Flowable's tables: %d in %s, %d elsewhere"
                        .formatted(tables.getInt(1), SCHEMA, tables.getInt(2)));
            }
        }
    }

    @Override
    public String name() {
        return "Flowable 8";
    }

    @Override
    public List<String> start(int instances) {
        var ids = new ArrayList<String>(instances);
        for (int i = 0; i < instances; i++) {
            ids.add(runtime.startProcessInstanceByKey(PROCESS, "bench-" + i).getId());
        }
        return ids;
    }

    /** What a task list does: find the instance's open task, then complete it. */
    @Override
    public void step(String instance) {
        Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        tasks.complete(task.getId());
    }

    @Override
    public String position(String instance) {
        Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        return task == null ? Workflow.DONE : task.getTaskDefinitionKey();
    }

    @Override
    public void close() {
        engine.close();
        pool.close();
    }
}
