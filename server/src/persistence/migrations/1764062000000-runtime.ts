import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The durable runtime: the append-only event log with its per-instance hash chain, and the
 * projections written in the same transaction as the events.
 */
export class Runtime1764062000000 implements MigrationInterface {
  name = 'Runtime1764062000000';

  async up(db: QueryRunner): Promise<void> {
    // Keys of engine entities (instances, element instances, jobs, tasks...) are handed out in
    // blocks so that several server processes never collide.
    await db.query(`CREATE SEQUENCE hito_key_block START 1 INCREMENT 1`);
    await db.query(`
      CREATE TABLE event_record (
        position            bigserial PRIMARY KEY,
        instance_key        bigint,
        sequence            integer,
        record_type         text NOT NULL,
        intent              text NOT NULL,
        record_version      smallint NOT NULL,
        key                 bigint NOT NULL,
        element_id          text,
        element_instance_key bigint,
        logical_time        timestamptz NOT NULL,
        actor               jsonb NOT NULL,
        value               jsonb NOT NULL,
        prev_hash           text,
        hash                text NOT NULL,
        UNIQUE (instance_key, sequence)
      )`);
    await db.query(`CREATE INDEX event_record_element ON event_record (instance_key, element_id)`);
    await db.query(`CREATE INDEX event_record_deployment ON event_record (position) WHERE instance_key IS NULL`);
    await db.query(`
      CREATE TABLE process_instance (
        key                 bigint PRIMARY KEY,
        process_definition_key bigint NOT NULL REFERENCES process_definition(key),
        bpmn_process_id     text NOT NULL,
        version             integer NOT NULL,
        business_key        text,
        state               text NOT NULL,
        parent_instance_key bigint,
        parent_element_instance_key bigint,
        started_at          timestamptz NOT NULL,
        ended_at            timestamptz,
        started_by          jsonb,
        outcome             jsonb,
        last_sequence       integer NOT NULL DEFAULT 0,
        last_hash           text,
        snapshot            jsonb
      )`);
    await db.query(`CREATE INDEX process_instance_state ON process_instance (bpmn_process_id, state)`);
    await db.query(`CREATE INDEX process_instance_business_key ON process_instance (business_key)`);
    await db.query(`CREATE INDEX process_instance_parent ON process_instance (parent_element_instance_key) WHERE parent_element_instance_key IS NOT NULL`);
    await db.query(`
      CREATE TABLE form (
        form_id             text NOT NULL,
        version             integer NOT NULL,
        deployment_key      bigint NOT NULL,
        resource_name       text NOT NULL,
        schema              jsonb NOT NULL,
        checksum            text NOT NULL,
        PRIMARY KEY (form_id, version)
      )`);
    await db.query(`
      CREATE TABLE element_instance (
        key                 bigint PRIMARY KEY,
        instance_key        bigint NOT NULL,
        element_id          text NOT NULL,
        element_kind        text NOT NULL,
        scope_key           bigint,
        state               text NOT NULL,
        activated_at        timestamptz NOT NULL,
        ended_at            timestamptz
      )`);
    await db.query(`CREATE INDEX element_instance_active ON element_instance (instance_key) WHERE ended_at IS NULL`);
    await db.query(`
      CREATE TABLE variable (
        scope_key           bigint NOT NULL,
        name                text NOT NULL,
        instance_key        bigint NOT NULL,
        value               jsonb,
        updated_at          timestamptz NOT NULL,
        PRIMARY KEY (scope_key, name)
      )`);
    await db.query(`CREATE INDEX variable_instance ON variable (instance_key)`);
    await db.query(`
      CREATE TABLE user_task (
        key                 bigint PRIMARY KEY,
        instance_key        bigint NOT NULL,
        element_instance_key bigint NOT NULL,
        element_id          text NOT NULL,
        name                text,
        state               text NOT NULL,
        assignee            text,
        candidate_institutions text[] NOT NULL DEFAULT '{}',
        candidate_roles     text[] NOT NULL DEFAULT '{}',
        candidate_people    text[] NOT NULL DEFAULT '{}',
        due_at              timestamptz,
        follow_up_at        timestamptz,
        priority            integer NOT NULL DEFAULT 50,
        form_id             text,
        created_at          timestamptz NOT NULL,
        ended_at            timestamptz,
        completed_by        text
      )`);
    await db.query(`CREATE INDEX user_task_open_institutions ON user_task USING gin (candidate_institutions) WHERE ended_at IS NULL`);
    await db.query(`CREATE INDEX user_task_open_roles ON user_task USING gin (candidate_roles) WHERE ended_at IS NULL`);
    await db.query(`CREATE INDEX user_task_open_assignee ON user_task (assignee) WHERE ended_at IS NULL`);
    await db.query(`CREATE INDEX user_task_instance ON user_task (instance_key)`);
    await db.query(`
      CREATE TABLE subscription (
        key                 bigint PRIMARY KEY,
        type                text NOT NULL,
        instance_key        bigint,
        process_definition_key bigint,
        owner_key           bigint,
        element_id          text NOT NULL,
        name                text,
        correlation_key     text,
        due_at              timestamptz,
        open                boolean NOT NULL DEFAULT true
      )`);
    await db.query(`CREATE INDEX subscription_due ON subscription (due_at) WHERE open AND type = 'timer'`);
    await db.query(`CREATE INDEX subscription_message ON subscription (name, correlation_key) WHERE open AND type = 'message'`);
    await db.query(`CREATE INDEX subscription_signal ON subscription (name) WHERE open AND type = 'signal'`);
    await db.query(`
      CREATE TABLE job (
        key                 bigint PRIMARY KEY,
        type                text NOT NULL,
        instance_key        bigint NOT NULL,
        element_instance_key bigint NOT NULL,
        element_id          text NOT NULL,
        state               text NOT NULL,
        retries             integer NOT NULL,
        headers             jsonb NOT NULL DEFAULT '{}',
        worker              text,
        locked_until        timestamptz,
        retry_at            timestamptz,
        error_message       text,
        created_at          timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX job_activatable ON job (type, retry_at) WHERE state = 'activatable'`);
    await db.query(`
      CREATE TABLE incident (
        key                 bigint PRIMARY KEY,
        instance_key        bigint NOT NULL,
        element_instance_key bigint,
        element_id          text,
        job_key             bigint,
        error_type          text NOT NULL,
        message             text NOT NULL,
        state               text NOT NULL,
        created_at          timestamptz NOT NULL,
        resolved_at         timestamptz
      )`);
    await db.query(`CREATE INDEX incident_open ON incident (instance_key) WHERE state = 'open'`);
    await db.query(`
      CREATE TABLE buffered_message (
        id                  bigserial PRIMARY KEY,
        name                text NOT NULL,
        correlation_key     text,
        variables           jsonb NOT NULL DEFAULT '{}',
        published_at        timestamptz NOT NULL,
        expires_at          timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX buffered_message_name ON buffered_message (name, correlation_key, expires_at)`);
    await db.query(`CREATE TABLE simulated_clock (id integer PRIMARY KEY CHECK (id = 1), now timestamptz NOT NULL)`);
    await db.query(`
      CREATE TABLE idempotency_key (
        key                 text PRIMARY KEY,
        request_hash        text NOT NULL,
        status              integer NOT NULL,
        response            jsonb,
        created_at          timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['simulated_clock', 'form', 'idempotency_key', 'buffered_message', 'incident', 'job', 'subscription', 'user_task', 'variable', 'element_instance', 'process_instance', 'event_record']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query('DROP SEQUENCE hito_key_block');
  }
}
