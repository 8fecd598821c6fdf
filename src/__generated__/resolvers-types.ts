import type { PartialDate } from '../dates/partial-date.js';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ForceRow } from '../forces/store.js';
import type { ProgrammeRow, AreaRow } from '../programmes/store.js';
import type { InspectionRow } from '../inspections/store.js';
import type { GradeView } from '../grades/grade-view.js';
import type { AmendmentRow } from '../grades/store.js';
import type { ComparisonResult, ComparisonRowResult, ComparisonCellResult, DistributionResult } from '../comparison/service.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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
};

/** Something a programme grades: a pillar such as Effectiveness (to 2018/19) or a question such as Investigating crime (from 2021/22). */
export type Area = {
  readonly __typename?: 'Area';
  /** The slug of its name, for example `police-powers-and-public-treatment`; unique within its programme, not across programmes. */
  readonly id: Scalars['ID']['output'];
  /** The name in the programme's own wording. */
  readonly name: Scalars['String']['output'];
  /** The programme that grades it. */
  readonly programme: Programme;
  /** Areas of other programmes with the same `theme`, oldest programme first. An interpretation, not HMICFRS's: see `theme`. */
  readonly sameThemeIn: ReadonlyArray<Area>;
  /**
   * A slug shared by areas that continue across programmes under other names (for example
   * `public-treatment`: Treatment of the public in 2021/22, Police powers and public treatment in
   * 2023–25). These links are this dataset's interpretation, not HMICFRS's. Null if not linked.
   */
  readonly theme?: Maybe<Scalars['String']['output']>;
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

/** How many forces have one grade. */
export type GradeCount = {
  readonly __typename?: 'GradeCount';
  /** How many forces have it. */
  readonly count: Scalars['Int']['output'];
  /** The grade. */
  readonly grade: Grade;
};

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
   * A table of grades: one row per requested force (in the order asked), one cell per area of the
   * programme (in the order of `areas`). Errors: `NOT_FOUND` naming every unknown force id, or an
   * unknown programme.
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
   * How the 43 forces' grades for one area of a programme are spread: a count for every grade of the
   * programme's scale, and how many forces have no known grade. Errors: `NOT_FOUND` for an unknown
   * programme or area.
   */
  readonly gradeDistribution: Distribution;
  /** One programme by id (for example `peel-2023-25`); null if there is none. */
  readonly programme?: Maybe<Programme>;
  /** Every PEEL programme (inspection cycle), oldest first. */
  readonly programmes: ReadonlyArray<Programme>;
};


/**
 * Questions about PEEL grades. Arguments named `asOf` ask for the grades as they stood at the end of
 * that date: only grades published by then, with amendments made by then applied. A grade whose
 * publication date is not known is left out of `asOf` answers (never guessed); a month-only date
 * counts from the last day of its month. Without `asOf`, answers give the current state.
 */
export type QueryCompareForcesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  forces: ReadonlyArray<Scalars['ID']['input']>;
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
export type QueryProgrammeArgs = {
  id: Scalars['ID']['input'];
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
  Basis: Basis;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Comparison: ResolverTypeWrapper<ComparisonResult>;
  ComparisonCell: ResolverTypeWrapper<ComparisonCellResult>;
  ComparisonRow: ResolverTypeWrapper<ComparisonRowResult>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Distribution: ResolverTypeWrapper<DistributionResult>;
  Force: ResolverTypeWrapper<ForceRow>;
  Grade: Grade;
  GradeAmendment: ResolverTypeWrapper<AmendmentRow>;
  GradeCount: ResolverTypeWrapper<GradeCount>;
  GradeRecord: ResolverTypeWrapper<GradeView>;
  GradeScale: GradeScale;
  GradeStatus: GradeStatus;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Inspection: ResolverTypeWrapper<InspectionRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Programme: ResolverTypeWrapper<ProgrammeRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Area: AreaRow;
  Boolean: Scalars['Boolean']['output'];
  Comparison: ComparisonResult;
  ComparisonCell: ComparisonCellResult;
  ComparisonRow: ComparisonRowResult;
  Date: Scalars['Date']['output'];
  Distribution: DistributionResult;
  Force: ForceRow;
  GradeAmendment: AmendmentRow;
  GradeCount: GradeCount;
  GradeRecord: GradeView;
  ID: Scalars['ID']['output'];
  Inspection: InspectionRow;
  Int: Scalars['Int']['output'];
  Programme: ProgrammeRow;
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
}>;

export type AreaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Area'] = ResolversParentTypes['Area']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  sameThemeIn?: Resolver<ReadonlyArray<ResolversTypes['Area']>, ParentType, ContextType>;
  theme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

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

export type GradeAmendmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GradeAmendment'] = ResolversParentTypes['GradeAmendment']> = ResolversObject<{
  amendedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
}>;

export type GradeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GradeCount'] = ResolversParentTypes['GradeCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
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
  compareForces?: Resolver<ResolversTypes['Comparison'], ParentType, ContextType, RequireFields<QueryCompareForcesArgs, 'forces' | 'programme'>>;
  force?: Resolver<Maybe<ResolversTypes['Force']>, ParentType, ContextType, RequireFields<QueryForceArgs, 'id'>>;
  forces?: Resolver<ReadonlyArray<ResolversTypes['Force']>, ParentType, ContextType, Partial<QueryForcesArgs>>;
  forcesWithGrade?: Resolver<ReadonlyArray<ResolversTypes['Force']>, ParentType, ContextType, RequireFields<QueryForcesWithGradeArgs, 'area' | 'grade' | 'programme'>>;
  gradeDistribution?: Resolver<ResolversTypes['Distribution'], ParentType, ContextType, RequireFields<QueryGradeDistributionArgs, 'area' | 'programme'>>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType, RequireFields<QueryProgrammeArgs, 'id'>>;
  programmes?: Resolver<ReadonlyArray<ResolversTypes['Programme']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Area?: AreaResolvers<ContextType>;
  Comparison?: ComparisonResolvers<ContextType>;
  ComparisonCell?: ComparisonCellResolvers<ContextType>;
  ComparisonRow?: ComparisonRowResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Distribution?: DistributionResolvers<ContextType>;
  Force?: ForceResolvers<ContextType>;
  GradeAmendment?: GradeAmendmentResolvers<ContextType>;
  GradeCount?: GradeCountResolvers<ContextType>;
  GradeRecord?: GradeRecordResolvers<ContextType>;
  Inspection?: InspectionResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

