/**
 * Migration 001: learners, their sessions, check attempts, task progress, quiz answers and
 * instructor broadcasts. Written once for both databases; only the auto-increment key differs.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';

// The migration speaks to whatever schema exists at its version, not to today's types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

function isPostgres(db: AnyDb) {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: AnyDb): Promise<void> {
  const serial = isPostgres(db);

  await db.schema
    .createTable('learners')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('event_code', 'text')
    .addColumn('resume_code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('learner_id', 'text', (c) =>
      c.notNull().references('learners.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_learner_idx').on('sessions').column('learner_id').execute();
  await db.schema.createIndex('sessions_expiry_idx').on('sessions').column('expires_at').execute();

  await db.schema
    .createTable('check_attempts')
    .addColumn('id', serial ? 'serial' : 'integer', (c) =>
      serial ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('learner_id', 'text', (c) =>
      c.notNull().references('learners.id').onDelete('cascade'),
    )
    .addColumn('lesson', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text', (c) => c.notNull())
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('failing_step', 'text')
    .addColumn('steps_json', 'text', (c) => c.notNull())
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('check_attempts_learner_task_idx')
    .on('check_attempts')
    .columns(['learner_id', 'lesson', 'task_id'])
    .execute();

  await db.schema
    .createTable('task_progress')
    .addColumn('learner_id', 'text', (c) =>
      c.notNull().references('learners.id').onDelete('cascade'),
    )
    .addColumn('lesson', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('first_opened_at', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('time_on_task_ms', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('task_progress_pk', ['learner_id', 'lesson', 'task_id'])
    .addCheckConstraint('task_progress_status_check', sql`status in ('in_progress', 'completed')`)
    .execute();

  await db.schema
    .createTable('quiz_answers')
    .addColumn('learner_id', 'text', (c) =>
      c.notNull().references('learners.id').onDelete('cascade'),
    )
    .addColumn('quiz_id', 'text', (c) => c.notNull())
    .addColumn('lesson', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('correct', 'integer', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('answered_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('quiz_answers_pk', ['learner_id', 'quiz_id'])
    .execute();

  await db.schema
    .createTable('broadcasts')
    .addColumn('id', serial ? 'serial' : 'integer', (c) =>
      serial ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'broadcasts',
    'quiz_answers',
    'task_progress',
    'check_attempts',
    'sessions',
    'learners',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
