import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Row of `business_calendar`. */
@Entity({ name: 'business_calendar' })
export class BusinessCalendarEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) country!: string | null;
  @Column('text', { name: 'time_zone' }) timeZone!: string;
  @Column('smallint', { name: 'working_days', array: true }) workingDays!: number[];
  @Column('jsonb') holidays!: { date: string; name?: string }[];
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt!: Date;
}

/** Row of `institution`; the hierarchy is `parentId`. */
@Entity({ name: 'institution' })
export class InstitutionEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'short_name', nullable: true }) shortName!: string | null;
  @Column('text', { name: 'parent_id', nullable: true }) parentId!: string | null;
  @Column('text') country!: string;
  @Column('text', { name: 'time_zone' }) timeZone!: string;
  @Column('text', { name: 'calendar_id', nullable: true }) calendarId!: string | null;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt!: Date;
}

/** Row of `directory_role`: roles people hold in institutions are data. */
@Entity({ name: 'directory_role' })
export class DirectoryRoleEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) description!: string | null;
}

/** Row of `person`. */
@Entity({ name: 'person' })
export class PersonEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text') name!: string;
  @Column('text') email!: string;
  @Column('text', { name: 'password_hash', nullable: true }) passwordHash!: string | null;
  @Column('text', { name: 'platform_roles', array: true }) platformRoles!: string[];
  @Column('boolean') active!: boolean;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt!: Date;
}

/** Row of `membership`: a person in an institution, with roles there. */
@Entity({ name: 'membership' })
export class MembershipEntity {
  @PrimaryColumn('text', { name: 'person_id' }) personId!: string;
  @PrimaryColumn('text', { name: 'institution_id' }) institutionId!: string;
  @Column('text', { array: true }) roles!: string[];
}

/** Row of `substitution`. */
@Entity({ name: 'substitution' })
export class SubstitutionEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'person_id' }) personId!: string;
  @Column('text', { name: 'substitute_id' }) substituteId!: string;
  @Column('timestamptz', { name: 'starts_at' }) startsAt!: Date;
  @Column('timestamptz', { name: 'ends_at' }) endsAt!: Date;
  @Column('text', { nullable: true }) reason!: string | null;
}

export const directoryEntities = [
  BusinessCalendarEntity,
  InstitutionEntity,
  DirectoryRoleEntity,
  PersonEntity,
  MembershipEntity,
  SubstitutionEntity,
];
