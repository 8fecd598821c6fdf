import { graphql } from './gql/index.js';

/**
 * Everything the first view needs, in one request: the programmes and their areas (for the
 * programme picker and the head-to-head), and the whole heat map of the chosen programme
 * (`compareForces` without `forces` compares every force) with each cell's record, so that a
 * cell's details and the distribution need no request of their own. The mean scores for sorting
 * are the API's own (`rankForces`).
 */
export const HeatMapQuery = graphql(`
  query HeatMap($programme: ID!, $asOf: Date) {
    programmes {
      id
      name
      scale
      grades
      areas {
        id
        slug
        name
        theme
      }
    }
    compareForces(programme: $programme, asOf: $asOf) {
      programme {
        id
      }
      asOf
      areas {
        id
        slug
        name
      }
      rows {
        force {
          id
          name
          shortName
          region
          inspection(programme: $programme) {
            id
            reportUrl
          }
        }
        cells {
          area {
            id
          }
          grade
          status
          record {
            id
            grade
            basis
            sourceUrl
            note
            publishedOn
            amendments {
              from
              to
              amendedOn
              sourceUrl
              note
            }
          }
        }
      }
    }
    rankForces(programme: $programme, asOf: $asOf) {
      force {
        id
      }
      meanScore
      knownAreas
      complete
    }
  }
`);

/**
 * One force's grades in every programme, for the head-to-head (one request per force, so that
 * adding a force fetches only that force), with what can be said of the moves between the chosen
 * programme and the one before it.
 */
export const ForceHistoryQuery = graphql(`
  query ForceHistory($force: ID!, $asOf: Date, $from: ID!, $to: ID!, $withChanges: Boolean!) {
    force(id: $force) {
      id
      name
      shortName
      inspections {
        id
        reportUrl
        programme {
          id
        }
        grades(asOf: $asOf) {
          id
          area {
            id
          }
          grade
          basis
        }
      }
    }
    gradeChanges(force: $force, from: $from, to: $to) @include(if: $withChanges) {
      fromArea {
        id
        name
      }
      toArea {
        id
        name
      }
      fromGrade
      toGrade
      direction
      comparable
      reason
    }
  }
`);
