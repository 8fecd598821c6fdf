import type { PartialDate } from '../peel-data/partial-date.js';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ForceRow, ProgrammeRow, AreaRow, InspectionRow, AmendmentRow } from '../peel-data/rows.js';
import type { GradeView } from '../grades/as-of.js';
import type { ComparisonResult, ComparisonRowResult, ComparisonCellResult, DistributionResult } from '../comparison/service.js';
import type { GradeConnectionResult, GradeEdgeResult, PageInfoResult, GradeGroupResult } from '../grades/service.js';
import type { ForceRankResult, GradeChangeResult, SimilarForceResult, RegionResult } from '../analysis/types.js';
import type { AuditEntryRow } from '../editing/store.js';
import type { Context } from '../platform/graphql/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A calendar date as an ISO 8601 string that keeps the precision its source gave: `2024-03-12` for a
   * day, `2024-03` where only the month is known. A month-only date is never shown as a day. As an
   * argument it takes either form; a month means its last day.
   */
  Date: { input: PartialDate; output: PartialDate; }
  /** Any JSON value: an object, array, string, number, boolean or null. */
  JSON: { input: unknown; output: unknown; }
};

/** Something a programme grades: a pillar such as Effectiveness (to 2018/19) or a question such as Investigating crime (from 2021/22). */
export type Area = {
  readonly __typename?: 'Area';
  /**
   * `<programme id>/<slug>`, for example `peel-2023-25/investigating-crime`: unique across the API, so
   * client caches that key objects by type and id keep the areas of different programmes apart.
   * Arguments that take an area accept it as well as the `slug`.
   */
  readonly id: Scalars['ID']['output'];
  /** The name in the programme's own wording. */
  readonly name: Scalars['String']['output'];
  /** The programme that grades it. */
  readonly programme: Programme;
  /** Areas of other programmes with the same `theme`, oldest programme first. An interpretation, not HMICFRS's: see `theme`. */
  readonly sameThemeIn: ReadonlyArray<Area>;
  /**
   * The slug of its name, for example `investigating-crime`. Unique within its programme only: the
   * same slug names the area in every programme that grades it (Investigating crime in PEEL 2021/22
   * and 2023–25, Effectiveness in four programmes).
   */
  readonly slug: Scalars['ID']['output'];
  /**
   * A slug shared by areas that continue across programmes under other names (for example
   * `public-treatment`: Treatment of the public in 2021/22, Police powers and public treatment in
   * 2023–25). These links are this dataset's interpretation, not HMICFRS's. Null if not linked.
   */
  readonly theme?: Maybe<Scalars['String']['output']>;
};

/** What an audited change did. */
export type AuditAction =
  /** `correctGrade`: an amendment recorded and the grade changed. */
  | 'CORRECT_GRADE'
  /** `deleteGrade`. */
  | 'DELETE_GRADE'
  /** `deleteInspection`. */
  | 'DELETE_INSPECTION'
  /** `recordInspection`: an inspection recorded or updated. */
  | 'RECORD_INSPECTION'
  /** `setGrade`. */
  | 'SET_GRADE';

/** One change an editor made through the API. */
export type AuditEntry = {
  readonly __typename?: 'AuditEntry';
  /** What was done. */
  readonly action: AuditAction;
  /** The id of the API key the change was made with (see `npm run keys:list`). */
  readonly actorKeyId: Scalars['ID']['output'];
  /** The name of that API key when the change was made. */
  readonly actorName: Scalars['String']['output'];
  /** The record after the change, as JSON; null when it was deleted. */
  readonly after?: Maybe<Scalars['JSON']['output']>;
  /** When the change was committed, as an ISO 8601 UTC timestamp such as `2026-11-26T15:04:05.123Z`. */
  readonly at: Scalars['String']['output'];
  /** The record before the change, as JSON; null when it was created. */
  readonly before?: Maybe<Scalars['JSON']['output']>;
  /** The entry's number; later entries have higher numbers. */
  readonly id: Scalars['ID']['output'];
  /** The GraphQL id of the record changed: an `Inspection.id` or a `GradeRecord.id`. */
  readonly target: Scalars['ID']['output'];
};

/** How a grade is known. */
export type Basis =
  /**
   * The source gives only counts (for example "good in two areas, adequate in five") and the other
   * areas' grades pin this one down; the grade's `note` says how.
   */
  | 'INFERRED'
  /** The source page states this grade. */
  | 'STATED';

/** A filter on the basis of a grade. */
export type BasisFilter = {
  /** Exactly this basis. */
  readonly eq?: InputMaybe<Basis>;
};

/** A table of grades of several forces across the areas of one programme. */
export type Comparison = {
  readonly __typename?: 'Comparison';
  /** The programme's areas: the columns of the table, in the order of every row's `cells`. */
  readonly areas: ReadonlyArray<Area>;
  /** The date the answer is as of; null for the current state. */
  readonly asOf?: Maybe<Scalars['Date']['output']>;
  /** The programme compared. */
  readonly programme: Programme;
  /** One row per requested force, in the order asked. */
  readonly rows: ReadonlyArray<ComparisonRow>;
};

/** One force's grade for one area. */
export type ComparisonCell = {
  readonly __typename?: 'ComparisonCell';
  /** The area. */
  readonly area: Area;
  /** The grade; null when it is not known (see `status`), never meaning 'not graded'. */
  readonly grade?: Maybe<Grade>;
  /** The full grade record with its source; null when `grade` is null. */
  readonly record?: Maybe<GradeRecord>;
  /** Why `grade` is or is not given. */
  readonly status: GradeStatus;
};

/** One force's grades across a programme's areas. */
export type ComparisonRow = {
  readonly __typename?: 'ComparisonRow';
  /** One cell per area, in the order of `Comparison.areas`. */
  readonly cells: ReadonlyArray<ComparisonCell>;
  /** The force. */
  readonly force: Force;
};

/** A change HMICFRS made to a published grade. */
export type CorrectGradeInput = {
  /**
   * When HMICFRS changed the grade: not in the future, not before the grade was published, and not
   * before the grade's latest amendment.
   */
  readonly amendedOn: Scalars['Date']['input'];
  /** The new grade; on the programme's scale, and not the current grade. */
  readonly grade: Grade;
  /** The grade's id, `<force id>/<programme id>/<area id>` (see `GradeRecord.id`). */
  readonly id: Scalars['ID']['input'];
  /** Why the grade was changed, where known. */
  readonly note?: InputMaybe<Scalars['String']['input']>;
  /** The page that reports the change, an http(s) URL. */
  readonly sourceUrl: Scalars['String']['input'];
};

/** What `correctGrade` did. */
export type CorrectGradePayload = {
  readonly __typename?: 'CorrectGradePayload';
  /** The amendment recorded. */
  readonly amendment: GradeAmendment;
  /** The audit entry of the change. */
  readonly auditEntry: AuditEntry;
  /** The grade, now with the new grade current and the amendment in its `amendments`. */
  readonly grade: GradeRecord;
};

/**
 * A filter on a publication date. A grade whose publication date is not known matches no date
 * filter. A month-only date counts as its month's last day.
 */
export type DateFilter = {
  /** On or after this date (a month means its first day). */
  readonly gte?: InputMaybe<Scalars['Date']['input']>;
  /** On or before this date (a month means its last day). */
  readonly lte?: InputMaybe<Scalars['Date']['input']>;
};

/** A grade to delete. */
export type DeleteGradeInput = {
  /** The grade's id, `<force id>/<programme id>/<area id>` (see `GradeRecord.id`). */
  readonly id: Scalars['ID']['input'];
};

/** What `deleteGrade` did. */
export type DeleteGradePayload = {
  readonly __typename?: 'DeleteGradePayload';
  /** The audit entry of the change; its `before` holds the deleted grade. */
  readonly auditEntry: AuditEntry;
  /** The id of the deleted grade. */
  readonly id: Scalars['ID']['output'];
};

/** An inspection to delete. */
export type DeleteInspectionInput = {
  /** The inspection's id, `<force id>/<programme id>` (see `Inspection.id`). */
  readonly id: Scalars['ID']['input'];
};

/** What `deleteInspection` did. */
export type DeleteInspectionPayload = {
  readonly __typename?: 'DeleteInspectionPayload';
  /** The audit entry of the change; its `before` holds the deleted inspection. */
  readonly auditEntry: AuditEntry;
  /** The id of the deleted inspection. */
  readonly id: Scalars['ID']['output'];
};

/** How the 43 forces' grades for one area are spread. */
export type Distribution = {
  readonly __typename?: 'Distribution';
  /** The area. */
  readonly area: Area;
  /** The date the answer is as of; null for the current state. */
  readonly asOf?: Maybe<Scalars['Date']['output']>;
  /** One count per grade of the programme's scale, best grade first, zeros included. */
  readonly counts: ReadonlyArray<GradeCount>;
  /** How many forces there are in all: `known` plus `notKnown`. */
  readonly forces: Scalars['Int']['output'];
  /** How many forces have a known grade: the sum of `counts`. */
  readonly known: Scalars['Int']['output'];
  /** How many forces have no known grade (including, in an `asOf` answer, grades not yet published or of unknown publication date). */
  readonly notKnown: Scalars['Int']['output'];
  /** The programme. */
  readonly programme: Programme;
};

/** A territorial police force of England or Wales. */
export type Force = {
  readonly __typename?: 'Force';
  /** `England` or `Wales`. */
  readonly country: Scalars['String']['output'];
  /** Earlier official names, oldest first; empty if it has had no other. */
  readonly formerNames: ReadonlyArray<Scalars['String']['output']>;
  /** The force's identifier in the data.police.uk API, for example `cambridgeshire`; HMICFRS's URLs use the same slug. */
  readonly id: Scalars['ID']['output'];
  /** The force's inspection in one programme; null if none is known. */
  readonly inspection?: Maybe<Inspection>;
  /** The force's PEEL inspections known here, oldest programme first. */
  readonly inspections: ReadonlyArray<Inspection>;
  /** The force's current official name, as HMICFRS writes it. */
  readonly name: Scalars['String']['output'];
  /** The ONS region the force is in (`Wales` for the four Welsh forces). HMICFRS's own regional grouping could not be sourced. */
  readonly region: Scalars['String']['output'];
  /** A short name, for example `Cambridgeshire`. */
  readonly shortName: Scalars['String']['output'];
  /** The force's website, where known. */
  readonly website?: Maybe<Scalars['String']['output']>;
};


/** A territorial police force of England or Wales. */
export type ForceInspectionArgs = {
  programme: Scalars['ID']['input'];
};

/** A force's place in `rankForces`. */
export type ForceRank = {
  readonly __typename?: 'ForceRank';
  /** Whether every area asked has a known grade. */
  readonly complete: Scalars['Boolean']['output'];
  /** The force. */
  readonly force: Force;
  /** How many of the areas asked have a known grade. */
  readonly knownAreas: Scalars['Int']['output'];
  /** The mean score over the areas known (see `GradeGroup.meanScore` for the scores). */
  readonly meanScore: Scalars['Float']['output'];
  /** The areas asked that have no known grade for this force. */
  readonly missingAreas: ReadonlyArray<Area>;
  /** The rank among complete forces (ties share a rank: 1, 2, 2, 4); null for forces missing some areas. */
  readonly rank?: Maybe<Scalars['Int']['output']>;
};

/**
 * A PEEL grade. From PEEL 2021/22 the scale has five tiers; before it, four (no `ADEQUATE`).
 * Grades from different programmes are not directly comparable (HMICFRS): a move from Good to
 * Adequate across cycles is not necessarily a decline.
 */
export type Grade =
  /** Adequate: only on the five-tier scale (PEEL 2021/22 onwards). */
  | 'ADEQUATE'
  /** Good. */
  | 'GOOD'
  /** Inadequate: the worst grade on both scales. */
  | 'INADEQUATE'
  /** Outstanding: the best grade on both scales. */
  | 'OUTSTANDING'
  /** Requires improvement. */
  | 'REQUIRES_IMPROVEMENT';

/** A change HMICFRS made to a published grade. */
export type GradeAmendment = {
  readonly __typename?: 'GradeAmendment';
  /** When the change was made. */
  readonly amendedOn: Scalars['Date']['output'];
  /** The grade before the change. */
  readonly from: Grade;
  /** Why the grade was changed, where known. */
  readonly note?: Maybe<Scalars['String']['output']>;
  /** The page that reports the change. */
  readonly sourceUrl: Scalars['String']['output'];
  /** The grade after the change. */
  readonly to: Grade;
};

/** One force's grades for one area in two programmes. */
export type GradeChange = {
  readonly __typename?: 'GradeChange';
  /**
   * Whether the two grades can be read as a change: only when both programmes use the same scale,
   * the area keeps its name, and HMICFRS has not said the cycles cannot be compared (it says so of the
   * five-tier cycles, PEEL 2021/22 onwards: a move from Good to Adequate is not necessarily a decline).
   */
  readonly comparable: Scalars['Boolean']['output'];
  /**
   * Which way the grade moved, or null when it cannot be said: when a grade is not known, or when the
   * scales differ and the grades overlap. Across the four-to-five-tier change, a four-tier Good spans
   * today's Good and Adequate, and a four-tier Requires improvement spans Adequate and Requires
   * improvement; so Good → Adequate is null (not a decline), while Good → Requires improvement is DOWN.
   */
  readonly direction?: Maybe<GradeDirection>;
  /** The force. */
  readonly force: Force;
  /** The area in the earlier programme. */
  readonly fromArea: Area;
  /** The grade in the earlier programme; null if not known. */
  readonly fromGrade?: Maybe<Grade>;
  /** Why the grades are not comparable; null when `comparable` is true. */
  readonly reason?: Maybe<Scalars['String']['output']>;
  /** The linked area in the later programme. */
  readonly toArea: Area;
  /** The grade in the later programme; null if not known. */
  readonly toGrade?: Maybe<Grade>;
};

/** A page of grade records. */
export type GradeConnection = {
  readonly __typename?: 'GradeConnection';
  /** The records of this page, each with its cursor. */
  readonly edges: ReadonlyArray<GradeEdge>;
  /** The records of this page, without cursors. */
  readonly nodes: ReadonlyArray<GradeRecord>;
  /** Where this page is in the whole list. */
  readonly pageInfo: PageInfo;
  /** How many records match `where` (at `asOf`) in all, across every page. */
  readonly totalCount: Scalars['Int']['output'];
};

/** How many forces have one grade. */
export type GradeCount = {
  readonly __typename?: 'GradeCount';
  /** How many forces have it. */
  readonly count: Scalars['Int']['output'];
  /** The grade. */
  readonly grade: Grade;
};

/** What `gradeStats` can group by. */
export type GradeDimension =
  /** The area (which belongs to one programme). */
  | 'AREA'
  /** Whether the grade is stated or inferred. */
  | 'BASIS'
  /** The force's country. */
  | 'COUNTRY'
  /** The force. */
  | 'FORCE'
  /** The grade. */
  | 'GRADE'
  /** The programme. */
  | 'PROGRAMME'
  /** The force's region. */
  | 'REGION';

/** Which way a grade moved between two programmes. */
export type GradeDirection =
  /** Worse. */
  | 'DOWN'
  /** The same grade on the same scale. */
  | 'SAME'
  /** Better. */
  | 'UP';

/** A grade record with its position in the list. */
export type GradeEdge = {
  readonly __typename?: 'GradeEdge';
  /** An opaque cursor: pass it as `after` to get the records that follow this one. */
  readonly cursor: Scalars['String']['output'];
  /** The record. */
  readonly node: GradeRecord;
};

/**
 * A filter on a grade. `gte` and `lte` compare by quality on the record's own scale: `gte: GOOD`
 * means Good or better (Good or Outstanding); `lte: REQUIRES_IMPROVEMENT` means Requires improvement
 * or worse.
 */
export type GradeFilter = {
  /** Exactly this grade. */
  readonly eq?: InputMaybe<Grade>;
  /** This grade or better. */
  readonly gte?: InputMaybe<Grade>;
  /** Any of these grades. */
  readonly in?: InputMaybe<ReadonlyArray<Grade>>;
  /** This grade or worse. */
  readonly lte?: InputMaybe<Grade>;
  /** None of these grades. */
  readonly notIn?: InputMaybe<ReadonlyArray<Grade>>;
};

/**
 * One group of `gradeStats`: its keys (null for dimensions not grouped by), how many grades it holds,
 * and their mean score.
 */
export type GradeGroup = {
  readonly __typename?: 'GradeGroup';
  /** The area, when grouped by `AREA`. */
  readonly area?: Maybe<Area>;
  /** The basis, when grouped by `BASIS`. */
  readonly basis?: Maybe<Basis>;
  /** How many grades the group holds. */
  readonly count: Scalars['Int']['output'];
  /** The country, when grouped by `COUNTRY`. */
  readonly country?: Maybe<Scalars['String']['output']>;
  /** The force, when grouped by `FORCE`. */
  readonly force?: Maybe<Force>;
  /** The grade, when grouped by `GRADE`. */
  readonly grade?: Maybe<Grade>;
  /**
   * The mean grade score. Five-tier scale: Outstanding 4, Good 3, Adequate 2, Requires improvement 1,
   * Inadequate 0. Four-tier scale: Outstanding 3, Good 2, Requires improvement 1, Inadequate 0 (the
   * scale's own steps; no Adequate). Computed only within one scale: a group holding grades of both
   * scales gets null and a `BAD_USER_INPUT` error saying why (group or filter by programme).
   */
  readonly meanScore?: Maybe<Scalars['Float']['output']>;
  /** The programme, when grouped by `PROGRAMME`. */
  readonly programme?: Maybe<Programme>;
  /** The region, when grouped by `REGION`. */
  readonly region?: Maybe<Scalars['String']['output']>;
};

/** One key to order `grades` by. */
export type GradeOrder = {
  /** The direction (default ascending). */
  readonly direction?: InputMaybe<OrderDirection>;
  /** The field. */
  readonly field: GradeOrderField;
};

/** What `grades` can be ordered by. */
export type GradeOrderField =
  /** The area's name. */
  | 'AREA'
  /** The force's name. */
  | 'FORCE_NAME'
  /** The grade, best first (on both scales, Outstanding first and Inadequate last). */
  | 'GRADE'
  /** The programme, oldest first. */
  | 'PROGRAMME'
  /** The publication date, earliest first; grades of unknown date last. */
  | 'PUBLISHED_ON';

/** One area's grade in one inspection, with its source. */
export type GradeRecord = {
  readonly __typename?: 'GradeRecord';
  /** Changes HMICFRS made to this grade after publication, oldest first (in an `asOf` answer, only those made by then). */
  readonly amendments: ReadonlyArray<GradeAmendment>;
  /** The graded area. */
  readonly area: Area;
  /** Whether the source states the grade or it was inferred from published counts. */
  readonly basis: Basis;
  /** The graded force. */
  readonly force: Force;
  /** The grade: the current one, or in an `asOf` answer the grade as it stood then. */
  readonly grade: Grade;
  /** `<force id>/<programme id>/<area id>`, for example `cambridgeshire/peel-2023-25/investigating-crime`. */
  readonly id: Scalars['ID']['output'];
  /** A short paraphrase of the evidence; for inferred grades, how the grade was pinned down. */
  readonly note?: Maybe<Scalars['String']['output']>;
  /** The programme of the inspection. */
  readonly programme: Programme;
  /** When this grade was published; null if not known. */
  readonly publishedOn?: Maybe<Scalars['Date']['output']>;
  /** The page the grade was read from. */
  readonly sourceUrl: Scalars['String']['output'];
};

/** The set of grades a programme uses. */
export type GradeScale =
  /** Outstanding, Good, Adequate, Requires improvement, Inadequate (PEEL 2021/22 onwards). */
  | 'FIVE_TIER'
  /** Outstanding, Good, Requires improvement, Inadequate (PEEL 2015 to PEEL 2018/19). */
  | 'FOUR_TIER';

/**
 * What is known of one force's grade for one area. A missing grade means "not known here": this
 * dataset holds no grade for it. It never means "not graded".
 */
export type GradeStatus =
  /** A grade is known: see `grade`. */
  | 'GRADED'
  /** This dataset holds no grade for the force and area (it may well have been graded; the grade could not be sourced). */
  | 'NOT_KNOWN'
  /** Only in `asOf` answers: the grade was published after the `asOf` date. */
  | 'NOT_YET_PUBLISHED'
  /**
   * Only in `asOf` answers: a grade is known, but not when it was published, so it is left out
   * rather than guessed to have been in force.
   */
  | 'PUBLICATION_DATE_NOT_KNOWN';

/**
 * Which grades to include. Fields of one `GradeWhere` must all match (AND); `AND`, `OR` and `NOT`
 * combine nested filters.
 */
export type GradeWhere = {
  /** Every one of these filters matches. */
  readonly AND?: InputMaybe<ReadonlyArray<GradeWhere>>;
  /** This filter does not match. */
  readonly NOT?: InputMaybe<GradeWhere>;
  /** At least one of these filters matches. */
  readonly OR?: InputMaybe<ReadonlyArray<GradeWhere>>;
  /**
   * The area: a slug (for example `investigating-crime`) matches that area in every programme that
   * grades it; an `Area.id` (`peel-2023-25/investigating-crime`) matches that programme's area only.
   */
  readonly area?: InputMaybe<IdFilter>;
  /** The area's `theme`: areas linked across programmes (this dataset's interpretation, see `Area.theme`). */
  readonly areaTheme?: InputMaybe<StringFilter>;
  /** Whether the grade is stated or inferred. */
  readonly basis?: InputMaybe<BasisFilter>;
  /** The force's country: `England` or `Wales`. */
  readonly country?: InputMaybe<StringFilter>;
  /** The force, by id (for example `cambridgeshire`). */
  readonly force?: InputMaybe<IdFilter>;
  /** The grade (as it stood at `asOf`, where given). */
  readonly grade?: InputMaybe<GradeFilter>;
  /** The programme, by id (for example `peel-2023-25`). */
  readonly programme?: InputMaybe<IdFilter>;
  /** When the grade was published. */
  readonly publishedOn?: InputMaybe<DateFilter>;
  /** The force's region (for example `East of England`). */
  readonly region?: InputMaybe<StringFilter>;
};

/** A filter on an id. */
export type IdFilter = {
  /** Equal to this id. */
  readonly eq?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these ids. */
  readonly in?: InputMaybe<ReadonlyArray<Scalars['ID']['input']>>;
  /** None of these ids. */
  readonly notIn?: InputMaybe<ReadonlyArray<Scalars['ID']['input']>>;
};

/** A force's inspection in one programme. */
export type Inspection = {
  readonly __typename?: 'Inspection';
  /** The inspected force. */
  readonly force: Force;
  /** The known grades of the inspection, in the order of the programme's areas. An area without a grade here is not known, never 'not graded'. */
  readonly grades: ReadonlyArray<GradeRecord>;
  /** `<force id>/<programme id>`, for example `cambridgeshire/peel-2023-25`. */
  readonly id: Scalars['ID']['output'];
  /** The programme the inspection belongs to. */
  readonly programme: Programme;
  /**
   * When the inspection's grades were published, where all of its dated grades share one date. Null
   * when no date is known, or when its grades were published on different dates (pillars of PEEL
   * 2015–2018/19 were often published separately): see each grade's `publishedOn`.
   */
  readonly publishedOn?: Maybe<Scalars['Date']['output']>;
  /** The HMICFRS report page, where known. */
  readonly reportUrl?: Maybe<Scalars['String']['output']>;
};


/** A force's inspection in one programme. */
export type InspectionGradesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * Changes to the data, for editors only. Send an API key with the editor role in the `x-api-key`
 * header (or as `Authorization: Bearer <key>`): without a key a mutation fails with `UNAUTHENTICATED`,
 * with a reader key with `FORBIDDEN`; an unknown or revoked key refuses the whole request (HTTP 401,
 * `UNAUTHENTICATED`). Each change runs in one transaction together with its audit entry (see
 * `Query.auditEntries`): a change that fails leaves nothing written. Invalid input fails with
 * `BAD_USER_INPUT` and `extensions.fieldErrors`, a list of `{ field, message }` naming every bad field
 * of `input`; a malformed date is refused before the mutation runs, with a message naming its field.
 */
export type Mutation = {
  readonly __typename?: 'Mutation';
  /**
   * Records a change HMICFRS made to a published grade: adds a `GradeAmendment` and makes the new grade
   * current. `asOf` answers before `amendedOn` still give the old grade.
   */
  readonly correctGrade: CorrectGradePayload;
  /** Deletes a grade entered by mistake, with its amendments. Not for grades HMICFRS changed: see `correctGrade`. */
  readonly deleteGrade: DeleteGradePayload;
  /** Deletes an inspection recorded by mistake. It must hold no grades: delete those first. */
  readonly deleteInspection: DeleteInspectionPayload;
  /**
   * Records a force's inspection in a programme, or replaces the report URL and publication date of
   * one already recorded. A grade can only be set for a recorded inspection.
   */
  readonly recordInspection: RecordInspectionPayload;
  /**
   * Sets the grade of one area in a recorded inspection that has no grade for it yet. To change a
   * published grade, use `correctGrade`; to replace a grade entered by mistake, delete it first.
   */
  readonly setGrade: SetGradePayload;
};


/**
 * Changes to the data, for editors only. Send an API key with the editor role in the `x-api-key`
 * header (or as `Authorization: Bearer <key>`): without a key a mutation fails with `UNAUTHENTICATED`,
 * with a reader key with `FORBIDDEN`; an unknown or revoked key refuses the whole request (HTTP 401,
 * `UNAUTHENTICATED`). Each change runs in one transaction together with its audit entry (see
 * `Query.auditEntries`): a change that fails leaves nothing written. Invalid input fails with
 * `BAD_USER_INPUT` and `extensions.fieldErrors`, a list of `{ field, message }` naming every bad field
 * of `input`; a malformed date is refused before the mutation runs, with a message naming its field.
 */
export type MutationCorrectGradeArgs = {
  input: CorrectGradeInput;
};


/**
 * Changes to the data, for editors only. Send an API key with the editor role in the `x-api-key`
 * header (or as `Authorization: Bearer <key>`): without a key a mutation fails with `UNAUTHENTICATED`,
 * with a reader key with `FORBIDDEN`; an unknown or revoked key refuses the whole request (HTTP 401,
 * `UNAUTHENTICATED`). Each change runs in one transaction together with its audit entry (see
 * `Query.auditEntries`): a change that fails leaves nothing written. Invalid input fails with
 * `BAD_USER_INPUT` and `extensions.fieldErrors`, a list of `{ field, message }` naming every bad field
 * of `input`; a malformed date is refused before the mutation runs, with a message naming its field.
 */
export type MutationDeleteGradeArgs = {
  input: DeleteGradeInput;
};


/**
 * Changes to the data, for editors only. Send an API key with the editor role in the `x-api-key`
 * header (or as `Authorization: Bearer <key>`): without a key a mutation fails with `UNAUTHENTICATED`,
 * with a reader key with `FORBIDDEN`; an unknown or revoked key refuses the whole request (HTTP 401,
 * `UNAUTHENTICATED`). Each change runs in one transaction together with its audit entry (see
 * `Query.auditEntries`): a change that fails leaves nothing written. Invalid input fails with
 * `BAD_USER_INPUT` and `extensions.fieldErrors`, a list of `{ field, message }` naming every bad field
 * of `input`; a malformed date is refused before the mutation runs, with a message naming its field.
 */
export type MutationDeleteInspectionArgs = {
  input: DeleteInspectionInput;
};


/**
 * Changes to the data, for editors only. Send an API key with the editor role in the `x-api-key`
 * header (or as `Authorization: Bearer <key>`): without a key a mutation fails with `UNAUTHENTICATED`,
 * with a reader key with `FORBIDDEN`; an unknown or revoked key refuses the whole request (HTTP 401,
 * `UNAUTHENTICATED`). Each change runs in one transaction together with its audit entry (see
 * `Query.auditEntries`): a change that fails leaves nothing written. Invalid input fails with
 * `BAD_USER_INPUT` and `extensions.fieldErrors`, a list of `{ field, message }` naming every bad field
 * of `input`; a malformed date is refused before the mutation runs, with a message naming its field.
 */
export type MutationRecordInspectionArgs = {
  input: RecordInspectionInput;
};


/**
 * Changes to the data, for editors only. Send an API key with the editor role in the `x-api-key`
 * header (or as `Authorization: Bearer <key>`): without a key a mutation fails with `UNAUTHENTICATED`,
 * with a reader key with `FORBIDDEN`; an unknown or revoked key refuses the whole request (HTTP 401,
 * `UNAUTHENTICATED`). Each change runs in one transaction together with its audit entry (see
 * `Query.auditEntries`): a change that fails leaves nothing written. Invalid input fails with
 * `BAD_USER_INPUT` and `extensions.fieldErrors`, a list of `{ field, message }` naming every bad field
 * of `input`; a malformed date is refused before the mutation runs, with a message naming its field.
 */
export type MutationSetGradeArgs = {
  input: SetGradeInput;
};

/** A direction to order in. */
export type OrderDirection =
  /** Ascending: as each field describes its order. */
  | 'ASC'
  /** Descending: the reverse (grades of unknown date then come first). */
  | 'DESC';

/** Where a page is in a paginated list. */
export type PageInfo = {
  readonly __typename?: 'PageInfo';
  /** The cursor of the page's last record; null for an empty page. */
  readonly endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether records follow this page. */
  readonly hasNextPage: Scalars['Boolean']['output'];
};

/** One PEEL inspection cycle, such as PEEL 2023–25. */
export type Programme = {
  readonly __typename?: 'Programme';
  /** What the programme grades, in its own wording and order. */
  readonly areas: ReadonlyArray<Area>;
  /** The last year in the programme's name (the same as `startYear` for a one-year programme). */
  readonly endYear: Scalars['Int']['output'];
  /** The grades of `scale`, best first. */
  readonly grades: ReadonlyArray<Grade>;
  /** The slug of its name, for example `peel-2023-25` or `peel-2018-19`. */
  readonly id: Scalars['ID']['output'];
  /** The name as HMICFRS writes it, for example `PEEL 2023–25`. */
  readonly name: Scalars['String']['output'];
  /** The grade scale the programme uses. */
  readonly scale: GradeScale;
  /** The first year in the programme's name. */
  readonly startYear: Scalars['Int']['output'];
};

/**
 * Questions about PEEL grades. Arguments named `asOf` ask for the grades as they stood at the end of
 * that date: only grades published by then, with amendments made by then applied. A grade whose
 * publication date is not known is left out of `asOf` answers (never guessed); a month-only date
 * counts from the last day of its month. Without `asOf`, answers give the current state.
 */
export type Query = {
  readonly __typename?: 'Query';
  /**
   * The changes editors made through the API, newest first: who, when, what, and the record before
   * and after. Editors only (see `Mutation`). Errors: `BAD_USER_INPUT` for `first` outside 1 to 100.
   */
  readonly auditEntries: ReadonlyArray<AuditEntry>;
  /**
   * A table of grades: one row per requested force (in the order asked), one cell per area of the
   * programme (in the order of `areas`). Without `forces`, one row per force, ordered by name: the
   * whole table in one request. Errors: `NOT_FOUND` naming every unknown force id, or an unknown
   * programme.
   */
  readonly compareForces: Comparison;
  /** One force by its data.police.uk id (for example `cambridgeshire`); null if there is none. */
  readonly force?: Maybe<Force>;
  /** The 43 territorial forces of England and Wales, ordered by name, optionally narrowed. */
  readonly forces: ReadonlyArray<Force>;
  /**
   * The forces whose grade for an area of a programme is `grade`, ordered by name. Forces whose grade
   * is not known are never included. Errors: `NOT_FOUND` for an unknown programme or area;
   * `BAD_USER_INPUT` for a grade that is not on the programme's scale.
   */
  readonly forcesWithGrade: ReadonlyArray<Force>;
  /**
   * How each force's grades changed between two programmes, for every area of `from` linked to an
   * area of `to` (the same area, or one with the same `Area.theme`). HMICFRS says grades from
   * different cycles are not directly comparable: see `GradeChange.comparable` and
   * `GradeChange.direction` for what can and cannot be said. Errors: `NOT_FOUND` for an unknown force or programme.
   */
  readonly gradeChanges: ReadonlyArray<GradeChange>;
  /**
   * How the 43 forces' grades for one area of a programme are spread: a count for every grade of the
   * programme's scale, and how many forces have no known grade. Errors: `NOT_FOUND` for an unknown
   * programme or area.
   */
  readonly gradeDistribution: Distribution;
  /**
   * Grouped counts: how many grades fall in each combination of the `groupBy` dimensions, with their
   * mean score. "Responding to the public in PEEL 2023–25, by region and grade" is one query:
   * `gradeStats(where: { programme: { eq: "peel-2023-25" }, area: { eq: "responding-to-the-public" } }, groupBy: [REGION, GRADE])`.
   * Groups are ordered by their keys in the order of `groupBy`; only groups with at least one grade appear.
   */
  readonly gradeStats: ReadonlyArray<GradeGroup>;
  /**
   * Every grade, as a flat list you can filter, order and page through (a Relay connection). Pages
   * hold `first` records (default 50, at most 100; more is a `BAD_USER_INPUT` error). Pass a page's
   * `pageInfo.endCursor` as `after` to get the next page; cursors are opaque and stay valid for the
   * same `where`, `orderBy` and `asOf`.
   */
  readonly grades: GradeConnection;
  /** One programme by id (for example `peel-2023-25`); null if there is none. */
  readonly programme?: Maybe<Programme>;
  /** Every PEEL programme (inspection cycle), oldest first. */
  readonly programmes: ReadonlyArray<Programme>;
  /**
   * Forces ranked by their mean score over some areas of one programme. Forces with a known grade
   * for every area asked come first, ranked (ties share a rank: 1, 2, 2, 4); forces missing some
   * areas follow, ordered by the mean of the areas they have, with no rank and `complete: false`.
   * Forces with no known grade at all are left out. Errors: `NOT_FOUND` for an unknown programme or area.
   */
  readonly rankForces: ReadonlyArray<ForceRank>;
  /** The regions (ONS regions; `Wales` for the four Welsh forces), ordered by name, each with its forces and grade counts. */
  readonly regions: ReadonlyArray<Region>;
  /**
   * The forces whose grade profiles in a programme are closest to one force's. The distance is the
   * mean absolute difference of grade scores (see `GradeGroup.meanScore` for the scores) over the
   * areas both forces have known grades for: 0 means identical grades; 1 means one step apart on
   * average. Forces sharing fewer than `minSharedAreas` known areas are left out. Ordered by distance,
   * then name. Errors: `NOT_FOUND` for an unknown force or programme.
   */
  readonly similarForces: ReadonlyArray<SimilarForce>;
};


/**
 * Questions about PEEL grades. Arguments named `asOf` ask for the grades as they stood at the end of
 * that date: only grades published by then, with amendments made by then applied. A grade whose
 * publication date is not known is left out of `asOf` answers (never guessed); a month-only date
 * counts from the last day of its month. Without `asOf`, answers give the current state.
 */
export type QueryAuditEntriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  target?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Questions about PEEL grades. Arguments named `asOf` ask for the grades as they stood at the end of
 * that date: only grades published by then, with amendments made by then applied. A grade whose
 * publication date is not known is left out of `asOf` answers (never guessed); a month-only date
 * counts from the last day of its month. Without `asOf`, answers give the current state.
 */
export type QueryCompareForcesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  forces?: InputMaybe<ReadonlyArray<Scalars['ID']['input']>>;
  programme: Scalars['ID']['input'];
};


/**
 * Questions about PEEL grades. Arguments named `asOf` ask for the grades as they stood at the end of
 * that date: only grades published by then, with amendments made by then applied. A grade whose
 * publication date is not known is left out of `asOf` answers (never guessed); a month-only date
 * counts from the last day of its month. Without `asOf`, answers give the current state.
 */
export type QueryForceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Questions about PEEL grades. Arguments named `asOf` ask for the grades as they stood at the end of
 * that date: only grades published by then, with amendments made by then applied. A grade whose
 * publication date is not known is left out of `asOf` answers (never guessed); a month-only date
 * counts from the last day of its month. Without `asOf`, answers give the current state.
 */
export type QueryForcesArgs = {
  country?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Questions about PEEL grades. Arguments named `asOf` ask for the grades as they stood at the end of
 * that date: only grades published by then, with amendments made by then applied. A grade whose
 * publication date is not known is left out of `asOf` answers (never guessed); a month-only date
 * counts from the last day of its month. Without `asOf`, answers give the current state.
 */
export type QueryForcesWithGradeArgs = {
  area: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
  grade: Grade;
  programme: Scalars['ID']['input'];
};


/**
 * Questions about PEEL grades. Arguments named `asOf` ask for the grades as they stood at the end of
 * that date: only grades published by then, with amendments made by then applied. A grade whose
 * publication date is not known is left out of `asOf` answers (never guessed); a month-only date
 * counts from the last day of its month. Without `asOf`, answers give the current state.
 */
export type QueryGradeChangesArgs = {
  force?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
};


/**
 * Questions about PEEL grades. Arguments named `asOf` ask for the grades as they stood at the end of
 * that date: only grades published by then, with amendments made by then applied. A grade whose
 * publication date is not known is left out of `asOf` answers (never guessed); a month-only date
 * counts from the last day of its month. Without `asOf`, answers give the current state.
 */
export type QueryGradeDistributionArgs = {
  area: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
  programme: Scalars['ID']['input'];
};


/**
 * Questions about PEEL grades. Arguments named `asOf` ask for the grades as they stood at the end of
 * that date: only grades published by then, with amendments made by then applied. A grade whose
 * publication date is not known is left out of `asOf` answers (never guessed); a month-only date
 * counts from the last day of its month. Without `asOf`, answers give the current state.
 */
export type QueryGradeStatsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  groupBy: ReadonlyArray<GradeDimension>;
  where?: InputMaybe<GradeWhere>;
};


/**
 * Questions about PEEL grades. Arguments named `asOf` ask for the grades as they stood at the end of
 * that date: only grades published by then, with amendments made by then applied. A grade whose
 * publication date is not known is left out of `asOf` answers (never guessed); a month-only date
 * counts from the last day of its month. Without `asOf`, answers give the current state.
 */
export type QueryGradesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ReadonlyArray<GradeOrder>>;
  where?: InputMaybe<GradeWhere>;
};


/**
 * Questions about PEEL grades. Arguments named `asOf` ask for the grades as they stood at the end of
 * that date: only grades published by then, with amendments made by then applied. A grade whose
 * publication date is not known is left out of `asOf` answers (never guessed); a month-only date
 * counts from the last day of its month. Without `asOf`, answers give the current state.
 */
export type QueryProgrammeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Questions about PEEL grades. Arguments named `asOf` ask for the grades as they stood at the end of
 * that date: only grades published by then, with amendments made by then applied. A grade whose
 * publication date is not known is left out of `asOf` answers (never guessed); a month-only date
 * counts from the last day of its month. Without `asOf`, answers give the current state.
 */
export type QueryRankForcesArgs = {
  areas?: InputMaybe<ReadonlyArray<Scalars['ID']['input']>>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  programme: Scalars['ID']['input'];
};


/**
 * Questions about PEEL grades. Arguments named `asOf` ask for the grades as they stood at the end of
 * that date: only grades published by then, with amendments made by then applied. A grade whose
 * publication date is not known is left out of `asOf` answers (never guessed); a month-only date
 * counts from the last day of its month. Without `asOf`, answers give the current state.
 */
export type QueryRegionsArgs = {
  programme?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Questions about PEEL grades. Arguments named `asOf` ask for the grades as they stood at the end of
 * that date: only grades published by then, with amendments made by then applied. A grade whose
 * publication date is not known is left out of `asOf` answers (never guessed); a month-only date
 * counts from the last day of its month. Without `asOf`, answers give the current state.
 */
export type QuerySimilarForcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  force: Scalars['ID']['input'];
  minSharedAreas?: InputMaybe<Scalars['Int']['input']>;
  programme: Scalars['ID']['input'];
};

/** A force's inspection in a programme, to record. */
export type RecordInspectionInput = {
  /** The force's id, for example `cambridgeshire`. */
  readonly force: Scalars['ID']['input'];
  /** The programme's id, for example `peel-2023-25`. */
  readonly programme: Scalars['ID']['input'];
  /** When the report was published (not in the future); null when not known. */
  readonly publishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The HMICFRS report page, an http(s) URL; null when not known. */
  readonly reportUrl?: InputMaybe<Scalars['String']['input']>;
};

/** What `recordInspection` did. */
export type RecordInspectionPayload = {
  readonly __typename?: 'RecordInspectionPayload';
  /** The audit entry of the change. */
  readonly auditEntry: AuditEntry;
  /** Whether the inspection is new (false: an inspection already recorded was updated). */
  readonly created: Scalars['Boolean']['output'];
  /** The inspection as recorded. */
  readonly inspection: Inspection;
};

/** An ONS region (or Wales) with its forces. */
export type Region = {
  readonly __typename?: 'Region';
  /** The country the region is in. */
  readonly country: Scalars['String']['output'];
  /** How many of the region's grades (in `regions`' programme, or in all) have each grade, best first; zeros included. */
  readonly counts: ReadonlyArray<GradeCount>;
  /** The region's forces, ordered by name. */
  readonly forces: ReadonlyArray<Force>;
  /** The region's name, as in `Force.region`. */
  readonly name: Scalars['String']['output'];
  /** How many grades the counts cover. */
  readonly total: Scalars['Int']['output'];
};

/** One area's grade in a recorded inspection, with its source. */
export type SetGradeInput = {
  /** The area: its slug within the programme, for example `investigating-crime`, or its `Area.id`, which must then be of `programme`. */
  readonly area: Scalars['ID']['input'];
  /** Whether the source states the grade or it was inferred from published counts. */
  readonly basis: Basis;
  /** The force's id, for example `cambridgeshire`. */
  readonly force: Scalars['ID']['input'];
  /** The grade; it must be on the programme's scale. */
  readonly grade: Grade;
  /** A short paraphrase of the evidence; for an inferred grade, how it was pinned down. */
  readonly note?: InputMaybe<Scalars['String']['input']>;
  /** The programme's id, for example `peel-2023-25`. */
  readonly programme: Scalars['ID']['input'];
  /** When the grade was published (not in the future); null when not known. */
  readonly publishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The page the grade was read from, an http(s) URL. */
  readonly sourceUrl: Scalars['String']['input'];
};

/** What `setGrade` did. */
export type SetGradePayload = {
  readonly __typename?: 'SetGradePayload';
  /** The audit entry of the change. */
  readonly auditEntry: AuditEntry;
  /** The grade as stored. */
  readonly grade: GradeRecord;
};

/** A force whose grade profile is close to another's. */
export type SimilarForce = {
  readonly __typename?: 'SimilarForce';
  /** The mean absolute difference of grade scores over the shared areas (0 = identical). */
  readonly distance: Scalars['Float']['output'];
  /** The force. */
  readonly force: Force;
  /** How the distance was measured, in words. */
  readonly measure: Scalars['String']['output'];
  /** How many areas both forces have known grades for. */
  readonly sharedAreas: Scalars['Int']['output'];
};

/** A filter on a text value; matching is exact. */
export type StringFilter = {
  /** Equal to this value. */
  readonly eq?: InputMaybe<Scalars['String']['input']>;
  /** Any of these values. */
  readonly in?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Area: ResolverTypeWrapper<AreaRow>;
  AuditAction: AuditAction;
  AuditEntry: ResolverTypeWrapper<AuditEntryRow>;
  Basis: Basis;
  BasisFilter: BasisFilter;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Comparison: ResolverTypeWrapper<ComparisonResult>;
  ComparisonCell: ResolverTypeWrapper<ComparisonCellResult>;
  ComparisonRow: ResolverTypeWrapper<ComparisonRowResult>;
  CorrectGradeInput: CorrectGradeInput;
  CorrectGradePayload: ResolverTypeWrapper<Omit<CorrectGradePayload, 'amendment' | 'auditEntry' | 'grade'> & { amendment: ResolversTypes['GradeAmendment'], auditEntry: ResolversTypes['AuditEntry'], grade: ResolversTypes['GradeRecord'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateFilter: DateFilter;
  DeleteGradeInput: DeleteGradeInput;
  DeleteGradePayload: ResolverTypeWrapper<Omit<DeleteGradePayload, 'auditEntry'> & { auditEntry: ResolversTypes['AuditEntry'] }>;
  DeleteInspectionInput: DeleteInspectionInput;
  DeleteInspectionPayload: ResolverTypeWrapper<Omit<DeleteInspectionPayload, 'auditEntry'> & { auditEntry: ResolversTypes['AuditEntry'] }>;
  Distribution: ResolverTypeWrapper<DistributionResult>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Force: ResolverTypeWrapper<ForceRow>;
  ForceRank: ResolverTypeWrapper<ForceRankResult>;
  Grade: Grade;
  GradeAmendment: ResolverTypeWrapper<AmendmentRow>;
  GradeChange: ResolverTypeWrapper<GradeChangeResult>;
  GradeConnection: ResolverTypeWrapper<GradeConnectionResult>;
  GradeCount: ResolverTypeWrapper<GradeCount>;
  GradeDimension: GradeDimension;
  GradeDirection: GradeDirection;
  GradeEdge: ResolverTypeWrapper<GradeEdgeResult>;
  GradeFilter: GradeFilter;
  GradeGroup: ResolverTypeWrapper<GradeGroupResult>;
  GradeOrder: GradeOrder;
  GradeOrderField: GradeOrderField;
  GradeRecord: ResolverTypeWrapper<GradeView>;
  GradeScale: GradeScale;
  GradeStatus: GradeStatus;
  GradeWhere: GradeWhere;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IdFilter: IdFilter;
  Inspection: ResolverTypeWrapper<InspectionRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfoResult>;
  Programme: ResolverTypeWrapper<ProgrammeRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordInspectionInput: RecordInspectionInput;
  RecordInspectionPayload: ResolverTypeWrapper<Omit<RecordInspectionPayload, 'auditEntry' | 'inspection'> & { auditEntry: ResolversTypes['AuditEntry'], inspection: ResolversTypes['Inspection'] }>;
  Region: ResolverTypeWrapper<RegionResult>;
  SetGradeInput: SetGradeInput;
  SetGradePayload: ResolverTypeWrapper<Omit<SetGradePayload, 'auditEntry' | 'grade'> & { auditEntry: ResolversTypes['AuditEntry'], grade: ResolversTypes['GradeRecord'] }>;
  SimilarForce: ResolverTypeWrapper<SimilarForceResult>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  StringFilter: StringFilter;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Area: AreaRow;
  AuditEntry: AuditEntryRow;
  BasisFilter: BasisFilter;
  Boolean: Scalars['Boolean']['output'];
  Comparison: ComparisonResult;
  ComparisonCell: ComparisonCellResult;
  ComparisonRow: ComparisonRowResult;
  CorrectGradeInput: CorrectGradeInput;
  CorrectGradePayload: Omit<CorrectGradePayload, 'amendment' | 'auditEntry' | 'grade'> & { amendment: ResolversParentTypes['GradeAmendment'], auditEntry: ResolversParentTypes['AuditEntry'], grade: ResolversParentTypes['GradeRecord'] };
  Date: Scalars['Date']['output'];
  DateFilter: DateFilter;
  DeleteGradeInput: DeleteGradeInput;
  DeleteGradePayload: Omit<DeleteGradePayload, 'auditEntry'> & { auditEntry: ResolversParentTypes['AuditEntry'] };
  DeleteInspectionInput: DeleteInspectionInput;
  DeleteInspectionPayload: Omit<DeleteInspectionPayload, 'auditEntry'> & { auditEntry: ResolversParentTypes['AuditEntry'] };
  Distribution: DistributionResult;
  Float: Scalars['Float']['output'];
  Force: ForceRow;
  ForceRank: ForceRankResult;
  GradeAmendment: AmendmentRow;
  GradeChange: GradeChangeResult;
  GradeConnection: GradeConnectionResult;
  GradeCount: GradeCount;
  GradeEdge: GradeEdgeResult;
  GradeFilter: GradeFilter;
  GradeGroup: GradeGroupResult;
  GradeOrder: GradeOrder;
  GradeRecord: GradeView;
  GradeWhere: GradeWhere;
  ID: Scalars['ID']['output'];
  IdFilter: IdFilter;
  Inspection: InspectionRow;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfoResult;
  Programme: ProgrammeRow;
  Query: Record<PropertyKey, never>;
  RecordInspectionInput: RecordInspectionInput;
  RecordInspectionPayload: Omit<RecordInspectionPayload, 'auditEntry' | 'inspection'> & { auditEntry: ResolversParentTypes['AuditEntry'], inspection: ResolversParentTypes['Inspection'] };
  Region: RegionResult;
  SetGradeInput: SetGradeInput;
  SetGradePayload: Omit<SetGradePayload, 'auditEntry' | 'grade'> & { auditEntry: ResolversParentTypes['AuditEntry'], grade: ResolversParentTypes['GradeRecord'] };
  SimilarForce: SimilarForceResult;
  String: Scalars['String']['output'];
  StringFilter: StringFilter;
}>;

export type AreaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Area'] = ResolversParentTypes['Area']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  sameThemeIn?: Resolver<ReadonlyArray<ResolversTypes['Area']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  theme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  actorKeyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ComparisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Comparison'] = ResolversParentTypes['Comparison']> = ResolversObject<{
  areas?: Resolver<ReadonlyArray<ResolversTypes['Area']>, ParentType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  rows?: Resolver<ReadonlyArray<ResolversTypes['ComparisonRow']>, ParentType, ContextType>;
}>;

export type ComparisonCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComparisonCell'] = ResolversParentTypes['ComparisonCell']> = ResolversObject<{
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['Grade']>, ParentType, ContextType>;
  record?: Resolver<Maybe<ResolversTypes['GradeRecord']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GradeStatus'], ParentType, ContextType>;
}>;

export type ComparisonRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComparisonRow'] = ResolversParentTypes['ComparisonRow']> = ResolversObject<{
  cells?: Resolver<ReadonlyArray<ResolversTypes['ComparisonCell']>, ParentType, ContextType>;
  force?: Resolver<ResolversTypes['Force'], ParentType, ContextType>;
}>;

export type CorrectGradePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectGradePayload'] = ResolversParentTypes['CorrectGradePayload']> = ResolversObject<{
  amendment?: Resolver<ResolversTypes['GradeAmendment'], ParentType, ContextType>;
  auditEntry?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['GradeRecord'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DeleteGradePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteGradePayload'] = ResolversParentTypes['DeleteGradePayload']> = ResolversObject<{
  auditEntry?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type DeleteInspectionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteInspectionPayload'] = ResolversParentTypes['DeleteInspectionPayload']> = ResolversObject<{
  auditEntry?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type DistributionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Distribution'] = ResolversParentTypes['Distribution']> = ResolversObject<{
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  counts?: Resolver<ReadonlyArray<ResolversTypes['GradeCount']>, ParentType, ContextType>;
  forces?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  known?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notKnown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
}>;

export type ForceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Force'] = ResolversParentTypes['Force']> = ResolversObject<{
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formerNames?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspection?: Resolver<Maybe<ResolversTypes['Inspection']>, ParentType, ContextType, RequireFields<ForceInspectionArgs, 'programme'>>;
  inspections?: Resolver<ReadonlyArray<ResolversTypes['Inspection']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ForceRankResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ForceRank'] = ResolversParentTypes['ForceRank']> = ResolversObject<{
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  force?: Resolver<ResolversTypes['Force'], ParentType, ContextType>;
  knownAreas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meanScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  missingAreas?: Resolver<ReadonlyArray<ResolversTypes['Area']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type GradeAmendmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GradeAmendment'] = ResolversParentTypes['GradeAmendment']> = ResolversObject<{
  amendedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
}>;

export type GradeChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GradeChange'] = ResolversParentTypes['GradeChange']> = ResolversObject<{
  comparable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['GradeDirection']>, ParentType, ContextType>;
  force?: Resolver<ResolversTypes['Force'], ParentType, ContextType>;
  fromArea?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  fromGrade?: Resolver<Maybe<ResolversTypes['Grade']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toArea?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  toGrade?: Resolver<Maybe<ResolversTypes['Grade']>, ParentType, ContextType>;
}>;

export type GradeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GradeConnection'] = ResolversParentTypes['GradeConnection']> = ResolversObject<{
  edges?: Resolver<ReadonlyArray<ResolversTypes['GradeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<ReadonlyArray<ResolversTypes['GradeRecord']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GradeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GradeCount'] = ResolversParentTypes['GradeCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
}>;

export type GradeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GradeEdge'] = ResolversParentTypes['GradeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GradeRecord'], ParentType, ContextType>;
}>;

export type GradeGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GradeGroup'] = ResolversParentTypes['GradeGroup']> = ResolversObject<{
  area?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
  basis?: Resolver<Maybe<ResolversTypes['Basis']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  force?: Resolver<Maybe<ResolversTypes['Force']>, ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['Grade']>, ParentType, ContextType>;
  meanScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type GradeRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GradeRecord'] = ResolversParentTypes['GradeRecord']> = ResolversObject<{
  amendments?: Resolver<ReadonlyArray<ResolversTypes['GradeAmendment']>, ParentType, ContextType>;
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  force?: Resolver<ResolversTypes['Force'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sourceUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InspectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Inspection'] = ResolversParentTypes['Inspection']> = ResolversObject<{
  force?: Resolver<ResolversTypes['Force'], ParentType, ContextType>;
  grades?: Resolver<ReadonlyArray<ResolversTypes['GradeRecord']>, ParentType, ContextType, Partial<InspectionGradesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reportUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  correctGrade?: Resolver<ResolversTypes['CorrectGradePayload'], ParentType, ContextType, RequireFields<MutationCorrectGradeArgs, 'input'>>;
  deleteGrade?: Resolver<ResolversTypes['DeleteGradePayload'], ParentType, ContextType, RequireFields<MutationDeleteGradeArgs, 'input'>>;
  deleteInspection?: Resolver<ResolversTypes['DeleteInspectionPayload'], ParentType, ContextType, RequireFields<MutationDeleteInspectionArgs, 'input'>>;
  recordInspection?: Resolver<ResolversTypes['RecordInspectionPayload'], ParentType, ContextType, RequireFields<MutationRecordInspectionArgs, 'input'>>;
  setGrade?: Resolver<ResolversTypes['SetGradePayload'], ParentType, ContextType, RequireFields<MutationSetGradeArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProgrammeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme']> = ResolversObject<{
  areas?: Resolver<ReadonlyArray<ResolversTypes['Area']>, ParentType, ContextType>;
  endYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grades?: Resolver<ReadonlyArray<ResolversTypes['Grade']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scale?: Resolver<ResolversTypes['GradeScale'], ParentType, ContextType>;
  startYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditEntries?: Resolver<ReadonlyArray<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<QueryAuditEntriesArgs, 'first'>>;
  compareForces?: Resolver<ResolversTypes['Comparison'], ParentType, ContextType, RequireFields<QueryCompareForcesArgs, 'programme'>>;
  force?: Resolver<Maybe<ResolversTypes['Force']>, ParentType, ContextType, RequireFields<QueryForceArgs, 'id'>>;
  forces?: Resolver<ReadonlyArray<ResolversTypes['Force']>, ParentType, ContextType, Partial<QueryForcesArgs>>;
  forcesWithGrade?: Resolver<ReadonlyArray<ResolversTypes['Force']>, ParentType, ContextType, RequireFields<QueryForcesWithGradeArgs, 'area' | 'grade' | 'programme'>>;
  gradeChanges?: Resolver<ReadonlyArray<ResolversTypes['GradeChange']>, ParentType, ContextType, RequireFields<QueryGradeChangesArgs, 'from' | 'to'>>;
  gradeDistribution?: Resolver<ResolversTypes['Distribution'], ParentType, ContextType, RequireFields<QueryGradeDistributionArgs, 'area' | 'programme'>>;
  gradeStats?: Resolver<ReadonlyArray<ResolversTypes['GradeGroup']>, ParentType, ContextType, RequireFields<QueryGradeStatsArgs, 'groupBy'>>;
  grades?: Resolver<ResolversTypes['GradeConnection'], ParentType, ContextType, RequireFields<QueryGradesArgs, 'first'>>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType, RequireFields<QueryProgrammeArgs, 'id'>>;
  programmes?: Resolver<ReadonlyArray<ResolversTypes['Programme']>, ParentType, ContextType>;
  rankForces?: Resolver<ReadonlyArray<ResolversTypes['ForceRank']>, ParentType, ContextType, RequireFields<QueryRankForcesArgs, 'programme'>>;
  regions?: Resolver<ReadonlyArray<ResolversTypes['Region']>, ParentType, ContextType, Partial<QueryRegionsArgs>>;
  similarForces?: Resolver<ReadonlyArray<ResolversTypes['SimilarForce']>, ParentType, ContextType, RequireFields<QuerySimilarForcesArgs, 'first' | 'force' | 'minSharedAreas' | 'programme'>>;
}>;

export type RecordInspectionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordInspectionPayload'] = ResolversParentTypes['RecordInspectionPayload']> = ResolversObject<{
  auditEntry?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inspection?: Resolver<ResolversTypes['Inspection'], ParentType, ContextType>;
}>;

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = ResolversObject<{
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  counts?: Resolver<ReadonlyArray<ResolversTypes['GradeCount']>, ParentType, ContextType>;
  forces?: Resolver<ReadonlyArray<ResolversTypes['Force']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SetGradePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SetGradePayload'] = ResolversParentTypes['SetGradePayload']> = ResolversObject<{
  auditEntry?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['GradeRecord'], ParentType, ContextType>;
}>;

export type SimilarForceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SimilarForce'] = ResolversParentTypes['SimilarForce']> = ResolversObject<{
  distance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  force?: Resolver<ResolversTypes['Force'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sharedAreas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Area?: AreaResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  Comparison?: ComparisonResolvers<ContextType>;
  ComparisonCell?: ComparisonCellResolvers<ContextType>;
  ComparisonRow?: ComparisonRowResolvers<ContextType>;
  CorrectGradePayload?: CorrectGradePayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DeleteGradePayload?: DeleteGradePayloadResolvers<ContextType>;
  DeleteInspectionPayload?: DeleteInspectionPayloadResolvers<ContextType>;
  Distribution?: DistributionResolvers<ContextType>;
  Force?: ForceResolvers<ContextType>;
  ForceRank?: ForceRankResolvers<ContextType>;
  GradeAmendment?: GradeAmendmentResolvers<ContextType>;
  GradeChange?: GradeChangeResolvers<ContextType>;
  GradeConnection?: GradeConnectionResolvers<ContextType>;
  GradeCount?: GradeCountResolvers<ContextType>;
  GradeEdge?: GradeEdgeResolvers<ContextType>;
  GradeGroup?: GradeGroupResolvers<ContextType>;
  GradeRecord?: GradeRecordResolvers<ContextType>;
  Inspection?: InspectionResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordInspectionPayload?: RecordInspectionPayloadResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  SetGradePayload?: SetGradePayloadResolvers<ContextType>;
  SimilarForce?: SimilarForceResolvers<ContextType>;
}>;

