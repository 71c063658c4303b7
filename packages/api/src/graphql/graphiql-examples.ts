/**
 * What GraphiQL opens with: one tab per question a newcomer asks of our data,
 * each runnable as is (a test runs every one against the loaded data).
 */
export const GRAPHIQL_EXAMPLES: { query: string }[] = [
  {
    query: `# Figures reported for Hòa Bình (pre-2025 province 17), each with the
# sentence it was read from and its source. Press ▶ (Ctrl+Enter) to run.
query HoaBinhFigures {
  observations(filter: { area: "pre2025:17" }, first: 10) {
    totalCount
    nodes {
      indicator { code name }
      period
      valueText
      qualifier
      quote
      source { title publisher url publishedAt }
      citation
    }
  }
}
`,
  },
  {
    query: `# The published DTI ranking of the 63 provinces for one edition.
query DtiRanking {
  ranking(indicator: "dti_rank", period: 2022) {
    rank
    area { ref name }
    observation { edition methodology source { publisher url } }
  }
}
`,
  },
  {
    query: `# A unit across the 2025 reorganisation: names are found with or
# without diacritics; old provinces name the ones they went into.
query FindArea {
  areas(search: "hoa binh") {
    nodes {
      ref
      name
      level
      validTo
      successors { ref name }
    }
  }
}
`,
  },
  {
    query: `# One indicator over time for one province; a methodology change splits
# the series into segments that are never joined.
query DtiScoreSeries {
  series(area: "pre2025:48", indicator: "dti_score") {
    comparable
    segments { methodology observations { period valueText } }
  }
}
`,
  },
  {
    query: `# The vocabulary: every indicator with its unit and category.
query Indicators {
  indicators(first: 100) {
    nodes { code name(lang: EN) unit category }
  }
}
`,
  },
];
