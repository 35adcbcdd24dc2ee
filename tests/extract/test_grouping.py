"""Grouping repeated mentions, and what must not be grouped into a false contradiction."""

from __future__ import annotations

from pathlib import Path

from factcheck import extract_claims, verify


def _verify_text(tmp_path: Path, text: str) -> list[str]:
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    outcome = verify([article], formats=["json"], output=tmp_path / "out")
    return [r.rule for r in outcome.report.results if r.status == "fail"]


def test_a_hedged_rounded_restatement_is_one_claim_and_agrees(tmp_path: Path) -> None:
    text = (
        "Police investigated 197 cases of fraud in 2024.\n\n"
        "Officials later said police investigated nearly 200 cases of fraud in 2024."
    )
    claims = extract_claims(text).claims
    (cases,) = [c for c in claims if c.measures == "cases"]
    assert [m.quote for m in cases.mentions] == ["197 cases", "nearly 200 cases"]
    assert _verify_text(tmp_path, text) == []


def test_a_contradicting_restatement_fails(tmp_path: Path) -> None:
    text = (
        "Police investigated 197 cases of fraud in 2024.\n\n"
        "Officials later said police investigated 250 cases of fraud in 2024."
    )
    assert _verify_text(tmp_path, text) == ["mentions-agree"]


def test_different_events_with_the_same_noun_are_not_grouped(tmp_path: Path) -> None:
    text = "Twelve people were killed in the blast. Officials said 40 people were injured by debris."
    claims = [c for c in extract_claims(text).claims if c.measures == "people"]
    assert len(claims) == 2
    assert _verify_text(tmp_path, text) == []


def test_figures_of_one_sentence_are_never_grouped() -> None:
    text = "The clinic saw 30 patients on Monday and 45 patients on Tuesday."
    claims = [c for c in extract_claims(text).claims if c.measures == "patients"]
    assert [len(c.mentions) for c in claims] == [1, 1]


def test_a_headline_repeat_is_one_claim() -> None:
    text = "Ministry plans 40 new schools\n\nMinistry plans 40 new schools\n\nThe plan was approved."
    (schools,) = [c for c in extract_claims(text).claims if c.kind.value == "count"]
    assert len(schools.mentions) == 2


def test_teasers_of_other_stories_are_not_grouped_with_the_article(tmp_path: Path) -> None:
    text = (
        "Port handles record cargo\n\n"
        "The port handled 120 ships in 2024, officials said.\n\n"
        "Related\n\n"
        "Second port expands\n\n"
        "The second port handled 300 ships in 2024, officials said."
    )
    claims = [c for c in extract_claims(text).claims if c.measures == "ships"]
    assert len(claims) == 2
    assert _verify_text(tmp_path, text) == []


def test_a_stated_part_larger_than_its_whole_fails(tmp_path: Path) -> None:
    text = "Police arrested 27 suspects, including 30 foreigners."
    assert _verify_text(tmp_path, text) == ["part-within-whole"]


def test_a_range_is_one_claim_bounded_both_ways() -> None:
    (claim,) = extract_claims("Between 20 and 30 families were moved.").claims
    assert [(m.quote, (m.qualifier or claim.qualifier).value) for m in claim.mentions] == [
        ("20", "at_least"),
        ("30 families", "at_most"),
    ]


def test_a_word_in_an_earlier_clause_does_not_make_it_another_figure(tmp_path: Path) -> None:
    text = (
        "According to county law, audits must be finished within 21 days of the filing. "
        "The mayor spoke for an hour. Audits must be finished within 45 days of the filing."
    )
    # "must … within": the deadline itself is stated, so a deadline of 21 days is not one of 45
    assert _verify_text(tmp_path, text) == ["mentions-agree"]
    claims = [c for c in extract_claims(text).claims if c.kind.value == "duration"]
    assert [len(c.mentions) for c in claims] == [2]
    assert claims[0].basis is not None
    assert claims[0].basis["mentions"].certain


def test_two_bounds_said_alike_without_a_rule_agree(tmp_path: Path) -> None:
    text = (
        "In the trial, the rash cleared within 10 days of the first dose. "
        "Nurses kept notes. The rash cleared within 20 days of the first dose."
    )
    assert _verify_text(tmp_path, text) == []


def test_a_word_judging_the_size_says_nothing_of_whose_figure_it_is(tmp_path: Path) -> None:
    text = (
        'The rival film took $40 million last spring."Orbit 3" opened to a series-worst '
        "$12 million over the long Easter weekend in 2019. Critics were kind. "
        'The last sequel, "Orbit 3", opened to a series-best $85 million over the long Easter '
        "weekend in 2019, ahead of forecasts."
    )
    assert _verify_text(tmp_path, text) == ["mentions-agree"]
    (opening,) = [c for c in extract_claims(text).claims if c.value == "12 million"]
    assert [m.quote for m in opening.mentions] == ["$12 million", "$85 million"]


def test_a_word_naming_another_figure_still_keeps_two_figures_apart(tmp_path: Path) -> None:
    text = (
        "The council spent a further $5 million on the bridge during 2020. Work paused. "
        "The council spent a total $9 million on the bridge during 2020."
    )
    assert _verify_text(tmp_path, text) == []


def test_a_figure_inside_the_frame_said_alike_keeps_the_frame(tmp_path: Path) -> None:
    text = (
        "The studio planned to release \"Orbit 3\" on June 5, 2019 and a trailer came first. "
        "Fans queued for hours. The studio planned to release \"Orbit 3\" on March 2, 2019, "
        "before the delay."
    )
    assert _verify_text(tmp_path, text) == ["mentions-agree"]


def test_a_differing_figure_inside_the_frame_makes_statements_parallel(tmp_path: Path) -> None:
    text = "The index rose 0.9 to 1200.5 on Monday. The index rose 3.7 to 1245.1 on Tuesday."
    assert _verify_text(tmp_path, text) == []


def test_table_rows_sharing_one_of_their_figures_stay_parallel(tmp_path: Path) -> None:
    # the closing reserve of one year opens the next, so both dated rows hold 30,500; each row
    # also holds a figure the other lacks, so the two dates label two rows, not one date restated
    text = (
        "| Item | This year | Last year |\n|---|---|---|\n"
        "| Reserves held at 1 April 2023 | 30,500 | 21,700 |\n"
        "| Reserves held at 31 March 2024 | 36,900 | 30,500 |\n"
    )
    dates = [c for c in extract_claims(text).claims if c.kind == "date"]
    assert len(dates) == 2
    assert _verify_text(tmp_path, text) == []


def test_one_date_restated_beside_the_same_figures_still_disagrees(tmp_path: Path) -> None:
    text = (
        "The museum reopened on 12 May 2021 with 40 rooms.\n\n"
        "Visitors returned when the museum reopened on 19 May 2021 with 40 rooms."
    )
    assert _verify_text(tmp_path, text) == ["mentions-agree"]


def test_a_name_said_before_and_after_a_rank_is_whose_rank_it_is(tmp_path: Path) -> None:
    text = (
        "The 2012 Harbour Cup was the 31st Harbour Cup regatta. Ten crews raced. "
        "The 2012 Harbour Cup was the 32nd Harbour Cup regatta."
    )
    assert _verify_text(tmp_path, text) == ["mentions-agree"]


def test_list_items_with_their_own_counts_are_not_restatements(tmp_path: Path) -> None:
    text = "Party A:\n- 7 seats (1.1% of seats)\nParty B:\n- 3seats (0.5% of seats)\n"
    assert _verify_text(tmp_path, text) == []


def test_a_hedged_figure_starting_before_the_frame_still_makes_statements_parallel(tmp_path: Path) -> None:
    text = (
        "Storms hit the coast this week.\n\n"
        '"A total of 41 people have died and 57 injured across the country," an official said.\n\n'
        "In the north, 19 people have died and 22 were injured in two towns."
    )
    injured = [c for c in extract_claims(text).claims if c.value in ("57", "22")]
    assert len(injured) == 2
    assert _verify_text(tmp_path, text) == []


def test_a_rank_restated_in_the_same_words_is_one_figure(tmp_path: Path) -> None:
    text = (
        "Both rowers ranked first in their respective heats and went through. "
        "It was the club's seventh outing since 1990. "
        "Both rowers ranked seventh in their respective heats and went home."
    )
    assert _verify_text(tmp_path, text) == ["mentions-agree"]
    (rank,) = [c for c in extract_claims(text).claims if c.value == "1"]
    assert [m.quote for m in rank.mentions] == ["first", "seventh"]


def test_the_two_ends_of_a_change_are_not_restatements_of_each_other(tmp_path: Path) -> None:
    text = (
        "The share of buses on time slipped from 71.2 per cent in May to 69.4 per cent in June. "
        "New drivers were hired. The share of buses on time slipped to 69.4 per cent."
    )
    assert _verify_text(tmp_path, text) == []
    (june,) = [c for c in extract_claims(text).claims if c.value == "69.4"]
    assert len(june.mentions) == 2


def test_a_year_naming_an_event_is_not_restated_by_another_year(tmp_path: Path) -> None:
    text = (
        "Runners from the island raced at the 2004 Summer Games in Athens. Funding fell. "
        "Runners from the island raced at the 2012 Summer Games in London."
    )
    assert _verify_text(tmp_path, text) == []


def test_a_rank_restated_in_another_scope_is_another_rank(tmp_path: Path) -> None:
    said = (
        "Lyon is the second-largest city in France, officials say. Trade grew. "
        "Lyon is the third-largest city in {}, officials say."
    )
    assert _verify_text(tmp_path, said.format("Europe")) == []
    assert _verify_text(tmp_path, said.format("France")) == ["mentions-agree"]


def test_a_figure_named_in_full_and_then_by_its_noun_alone_is_one_guessed_figure() -> None:
    text = ("Clinics logged 212 mumps cases by June, the most in a decade.\n"
            "Of the 212 cases, 150 were in adults.")
    (cases,) = [c for c in extract_claims(text).claims if c.value == "212"]
    assert [m.quote for m in cases.mentions] == ["212 mumps cases", "212 cases"]
    assert cases.basis is not None
    assert not cases.basis["mentions"].certain


def test_two_nouns_alike_in_head_but_named_apart_stay_two_figures() -> None:
    text = ("Clinics logged 212 mumps cases by June.\n"
            "They also logged 212 measles cases by June, and 90 cases of flu.")
    claims = [c for c in extract_claims(text).claims if c.value == "212"]
    assert len(claims) == 2


def test_another_value_under_the_bare_noun_is_not_joined_by_its_head(tmp_path: Path) -> None:
    text = ("Clinics logged 212 mumps cases by June.\n"
            "A year earlier the average was 63 cases.")
    assert len([c for c in extract_claims(text).claims if c.measures and c.measures.startswith("cases")]) == 2
    assert _verify_text(tmp_path, text) == []


def test_a_fraction_and_its_percentage_in_brackets_are_one_figure_stated_twice(tmp_path: Path) -> None:
    text = "Burglaries rose by almost a third (31%) to 48,200 over the year."
    (change,) = [c for c in extract_claims(text).claims if c.kind.value == "change"]
    assert [m.quote for m in change.mentions] == ["almost a third", "31%"]
    assert change.basis is not None
    assert change.basis["mentions"].certain
    assert _verify_text(tmp_path, text) == []


def test_a_fraction_and_a_bracketed_percentage_that_disagree_fail(tmp_path: Path) -> None:
    text = "Burglaries rose by almost a third (41%) to 48,200 over the year."
    assert _verify_text(tmp_path, text) == ["mentions-agree"]


def test_a_headline_figure_said_again_in_the_body_is_one_guessed_figure() -> None:
    text = ("Port traffic grows 6 percent in May\n\n"
            "Freight through the port rose to 3.1 million tonnes, which is 6 percent more than in April.")
    (change,) = [c for c in extract_claims(text).claims if c.kind.value == "change"]
    assert [m.quote for m in change.mentions] == ["6 percent", "6 percent"]
    assert change.basis is not None
    assert not change.basis["mentions"].certain


def test_a_label_line_and_prose_with_one_value_and_a_synonym_are_one_figure() -> None:
    text = ("Turnover: £412m\n\n"
            "Sponsorship deals lifted the club's income to £412m last season.")
    claims = [c for c in extract_claims(text).claims if c.value == "412m"]
    assert len(claims) == 1
    assert [m.quote for m in claims[0].mentions] == ["£412m", "£412m"]


def test_one_value_in_two_sentences_of_prose_stays_two_figures() -> None:
    text = ("Exports grew 8 percent in May.\n"
            "The gap rose to $4.1 billion, which is 8 percent more than in April.")
    assert len([c for c in extract_claims(text).claims if c.kind.value == "change"]) == 2


def test_a_headline_fraction_hedged_otherwise_in_the_body_joins_the_body_figure(tmp_path: Path) -> None:
    text = ("Burglaries up by a third\n\n"
            "Recorded burglaries rose by almost a third (31%) to 48,200 over the year.")
    (change,) = [c for c in extract_claims(text).claims if c.kind.value == "change"]
    assert [m.quote for m in change.mentions] == ["a third", "almost a third", "31%"]
    assert _verify_text(tmp_path, text) == []


def test_a_figure_narrowed_to_a_group_is_not_the_figure_of_all(tmp_path: Path) -> None:
    text = (
        "Fuel inflation was 2.41 per cent in June. Fuel inflation for rural areas was 2.30 per cent "
        "while fuel inflation for urban areas was 2.52 per cent in June."
    )
    claims = extract_claims(text).claims
    assert all(len(c.mentions) == 1 for c in claims if c.unit == "percent")
    assert _verify_text(tmp_path, text) == []


def _statuses(tmp_path: Path, text: str, rule: str) -> list[str]:
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    outcome = verify([article], formats=["json"], output=tmp_path / "out")
    return [r.status.value for r in outcome.report.results if r.rule == rule and r.status != "skipped"]


def test_the_counts_named_by_the_action_of_an_earlier_sentence_restate_it_as_a_guess(tmp_path: Path) -> None:
    said = ("In 2022, some 3,412 travellers, most of them on foot, were arrested at the border.\n\n"
            "Of the {} arrests made that year, most took place at night.")
    claims = extract_claims(said.format("3,412")).claims
    (arrested,) = [c for c in claims if c.value.replace(",", "") == "3412"]
    assert [m.quote for m in arrested.mentions][-1] == "3,412 arrests"
    assert arrested.basis is not None
    assert not arrested.basis["mentions"].certain
    assert _statuses(tmp_path, said.format("3,412"), "mentions-agree") == ["pass"]


def test_a_count_named_by_the_action_with_another_value_stays_its_own_figure(tmp_path: Path) -> None:
    # arrests need not be people arrested: a differing count of arrests is not read as the earlier count,
    # so a share "of arrests" is checked against the one count of arrests, and 853 of 3,142 is not 25%
    text = ("In 2022, some 3,412 travellers were arrested at the border.\n\n"
            "Women made up 25% of arrests, 853 in all.\n\n"
            "Of the {} arrests made that year, most took place at night.")
    claims = extract_claims(text.format("3,142")).claims
    assert {len(c.mentions) for c in claims if c.kind.value == "count"} == {1}
    assert _statuses(tmp_path, text.format("3,142"), "mentions-agree") == []
    assert _statuses(tmp_path, text.format("3,142"), "share-matches-counts") == ["fail"]
    assert _statuses(tmp_path, text.format("3,412"), "share-matches-counts") == ["pass"]


def test_a_count_far_from_the_earlier_one_or_without_the_is_another_figure() -> None:
    for text in ("In 2022, some 3,412 travellers were arrested at the border. Of the 1,120 arrests made that "
                 "year, most took place at night.",
                 "In 2022, some 3,412 travellers were arrested at the border. Police made 3,142 arrests "
                 "that year."):
        claims = extract_claims(text).claims
        assert {len(c.mentions) for c in claims if c.kind.value == "count"} == {1}


def test_a_labelled_share_and_the_same_share_in_prose_are_one_figure() -> None:
    text = ("Pay as a share of income 61%\n\n"
            "The club keeps its pay bill to a prudent 61% of income and has stayed in profit.")
    claims = [c for c in extract_claims(text).claims if c.value == "61"]
    assert len(claims) == 1
    assert [m.quote for m in claims[0].mentions] == ["61%", "61%"]
    assert claims[0].basis is not None
    assert not claims[0].basis["mentions"].certain


def test_the_same_column_in_two_rows_of_a_table_is_two_figures(tmp_path: Path) -> None:
    text = (
        "Ward A | LATE BALLOTS: 1 | SPOILT BALLOTS: 220\n"
        "Ward B | LATE BALLOTS: 1 | SPOILT BALLOTS: 121\n"
    )
    spoilt = [c for c in extract_claims(text).claims if c.mentions[0].quote in ("220", "121")]
    assert [[m.quote for m in c.mentions] for c in spoilt] == [["220"], ["121"]]
    assert _verify_text(tmp_path, text) == []


def test_one_row_label_in_two_tables_still_restates_a_figure(tmp_path: Path) -> None:
    text = (
        "Reported | Sales | 483.5 | 418.6\n\n"
        "Summary\n\n"
        "Reported | Sales | 438.5 | 418.6\n"
    )
    assert _verify_text(tmp_path, text) == ["mentions-agree"]


def test_a_year_labelling_the_figure_before_it_is_not_a_year_restated(tmp_path: Path) -> None:
    text = "Payout per share\nUS cents 58.0 2009\nUS cents 58.0 2008\n0%\n"
    years = [c for c in extract_claims(text).claims if c.kind == "year"]
    assert [[m.quote for m in c.mentions] for c in years] == [["2009"], ["2008"]]
    assert _verify_text(tmp_path, text) == []


def test_a_year_said_twice_in_the_same_words_is_still_one_year(tmp_path: Path) -> None:
    text = (
        "The choir was founded at the old mill in 1931. It toured twice. "
        "The choir was founded at the old mill in 1913."
    )
    assert _verify_text(tmp_path, text) == ["mentions-agree"]


def test_years_naming_two_periods_in_the_same_words_are_two_years(tmp_path: Path) -> None:
    text = (
        "Compared with the March 2021 year, arrivals fell to 8,100.\n"
        "For arrivals in the March 2022 year, students were the largest group.\n"
        "For departures in the March 2021 year, students were the largest group too.\n"
    )
    assert _verify_text(tmp_path, text) == []


def test_one_value_in_two_cells_of_a_table_is_two_figures() -> None:
    text = (
        "Pos | Club | Won | Drawn | Lost\n"
        "1 | Riverton | 14 | 6 | 3\n"
        "2 | Hillside | 12 | 3 | 6\n"
        "3 | Marsh End | 9 | 6 | 8\n"
    )
    # Riverton lost 3 and Marsh End ranks 3rd: the rank in a row's first cell is no restated loss
    threes = [c for c in extract_claims(text).claims if c.value == "3"]
    assert [len(c.mentions) for c in threes] == [1, 1, 1]


def test_a_year_in_two_rows_of_a_table_is_still_one_year() -> None:
    text = "Year | Dose | Given\n2016 | first | 1402\n2016 | second | 1388\n"
    years = [c for c in extract_claims(text).claims if c.kind == "year"]
    assert [len(c.mentions) for c in years] == [2]


def test_the_same_words_up_to_another_date_are_two_figures(tmp_path: Path) -> None:
    text = (
        "Mills in the region have crushed 612 lakh tonne of cane till Sunday, a record.\n\n"
        "Mills in the region have crushed 655 lakh tonne of cane till March 30 and made sugar from it."
    )
    crushed = [c for c in extract_claims(text).claims if c.mentions[0].quote.startswith(("612", "655"))]
    assert [len(c.mentions) for c in crushed] == [1, 1]
    assert _verify_text(tmp_path, text) == []


def test_the_same_words_of_a_figure_named_elsewhere_restate_it_only_as_a_guess(tmp_path: Path) -> None:
    text = (
        "Starts of new homes fell 3.1% to 0.912 million in June. The May figure was revised up from "
        "0.941 million units.\n\n"
        "Permits for new homes rose 2.2% to 0.955 million in June. The May figure was revised up from "
        "0.978 million units."
    )
    claims = extract_claims(text).claims
    revised = next(c for c in claims if len(c.mentions) == 2 and c.value.startswith("0.9"))
    assert revised.basis is not None
    assert not revised.basis["mentions"].certain
    assert "'figure'" in revised.basis["mentions"].how
    assert _verify_text(tmp_path, text) == []


def test_one_value_in_two_rows_set_out_with_spaces_is_two_figures() -> None:
    text = (
        "Region 2022 2023 Change Share\n"
        "Northfield 41.2 47.9 6.7 12.1%\n"
        "Southfield 39.8 46.5 6.7 15.4%\n"
    )
    gaps = [c for c in extract_claims(text).claims if c.value == "6.7"]
    assert [len(c.mentions) for c in gaps] == [1, 1]


def test_the_same_words_under_two_headings_in_capitals_restate_only_as_a_guess(tmp_path: Path) -> None:
    text = (
        "TREND FIGURES (MONTHLY MOVES)\n\n"
        "Jobs rose by 4,100 people. The activity rate remained steady at 61.2%. Hours worked rose by 0.4%."
        "\n\n"
        "SEASONALLY ADJUSTED FIGURES (MONTHLY MOVES)\n\n"
        "Jobs rose by 9,300 people. The activity rate remained steady at 61.9%. Hours worked fell by 0.2%.\n"
    )
    rate = next(c for c in extract_claims(text).claims if [m.quote for m in c.mentions] == ["61.2%", "61.9%"])
    assert rate.basis is not None
    assert not rate.basis["mentions"].certain
    assert "another heading" in rate.basis["mentions"].how
    assert _verify_text(tmp_path, text) == []


def test_two_changes_of_one_size_tied_to_other_levels_are_two_figures(tmp_path: Path) -> None:
    text = (
        "The north grew 91 300 tonnes, though output was 27 percent lower than in the 2016/2017 season. "
        "Yields fell by 27 percent to 1,46 tonnes per hectare this season from 2,00 tonnes per hectare "
        "in the 2016/2017 season."
    )
    changes = [c for c in extract_claims(text).claims if c.kind == "change"]
    assert [[m.quote for m in c.mentions] for c in changes] == [["27 percent"], ["27 percent"]]
    assert _verify_text(tmp_path, text) == []


def test_counts_whose_words_after_them_part_count_different_things(tmp_path: Path) -> None:
    said = (
        "So far this year there have been 212 logged burst pipes in the district. Crews were busy. "
        "So far this year there have been 519 logged {} in the district."
    )
    assert _verify_text(tmp_path, said.format("calls about low pressure")) == []
    assert _verify_text(tmp_path, said.format("burst pipes")) == ["mentions-agree"]


def test_the_same_words_of_another_value_after_another_name_of_that_kind_are_a_guess(tmp_path: Path) -> None:
    text = ("The North Dam, which was 40 percent full on Monday morning, supplies the city. "
            "Engineers also inspected the South Dam upstream. "
            "The dam was 75 percent full on Monday morning.")
    (grouped,) = [c for c in extract_claims(text).claims if len(c.mentions) > 1]
    assert grouped.basis is not None
    assert not grouped.basis["mentions"].certain
    assert "'South Dam' is named between them" in grouped.basis["mentions"].how
    assert _verify_text(tmp_path, text) == []


def test_the_same_words_of_another_value_with_no_other_name_between_still_contradict(tmp_path: Path) -> None:
    text = ("The North Dam, which was 40 percent full on Monday morning, supplies the city. "
            "Engineers inspected the spillway upstream. "
            "The dam was 75 percent full on Monday morning.")
    assert _verify_text(tmp_path, text) == ["mentions-agree"]


def test_the_same_words_without_a_noun_in_two_periods_restate_only_as_a_guess(tmp_path: Path) -> None:
    text = ("In 2019 the region received 9,100 requests.\n\n"
            "Northfield had the highest rate of approvals, with 46% recorded.\n\n"
            "Northfield had the highest rate of approvals, with 36% recorded in 2020.")
    grouped = [c for c in extract_claims(text).claims if len(c.mentions) > 1 and c.unit == "percent"]
    assert all(c.basis is not None and not c.basis["mentions"].certain for c in grouped)
    assert _verify_text(tmp_path, text) == []


def test_a_total_in_the_figures_own_words_is_not_a_restatement_of_a_part(tmp_path: Path) -> None:
    text = ("Across the county 1,420 pupils were waiting longer than the target for a school place.\n\n"
            "Across the county, a total of 18,300 pupils were waiting for a school place in May.")
    claims = [c for c in extract_claims(text).claims if c.measures == "pupils"]
    assert len(claims) == 2
    assert _verify_text(tmp_path, text) == []



def test_counts_said_alike_of_arrivals_from_two_places_are_two_figures(tmp_path: Path) -> None:
    said = (
        "According to the agency, 41,352 visitors came from Peru in June. Hotels were full. "
        "According to the port agency, 9,018 visitors came from {} last month."
    )
    assert _verify_text(tmp_path, said.format("Chile")) == []
    assert _verify_text(tmp_path, said.format("Peru")) == ["mentions-agree"]


def test_the_words_before_and_say_what_the_figure_before_it_is(tmp_path: Path) -> None:
    said = ("Last year 1.2 lakh pupils scored above 80 percent and 31,450 above 90 percent in the exams.\n\n"
            "Among the pupils who scored above 80 percent, 415 were from rural schools.")
    assert _verify_text(tmp_path, said) == []


def test_a_sentence_naming_nothing_but_its_measure_in_another_paragraph_may_be_of_another_thing(
        tmp_path: Path) -> None:
    text = ("The forecast for oats is 96,000 tons from 41,000 hectares. The average yield was 2.34 t/ha.\n\n"
            "The forecast for rye is 30,400 tons. The area estimate for rye is 9,500 hectares. "
            "The average yield was 3.20 t/ha.")
    assert _verify_text(tmp_path, text) == []
    grouped = [c for c in extract_claims(text).claims if len(c.mentions) > 1 and c.unit == "t/ha"]
    assert all(c.basis is not None and not c.basis["mentions"].certain for c in grouped)


def test_figures_said_alike_before_and_after_a_span_of_time_may_be_of_two_periods(tmp_path: Path) -> None:
    said = ("In May, sales of small tractors were up 21%, while tractors of 100 HP or more were up 4%. "
            "{}ales of small tractors were up 12%, while tractors of 100 HP or more were up 7%.")
    assert _verify_text(tmp_path, said.format("For the three months, s")) == []
    assert _verify_text(tmp_path, said.format("S")) == ["mentions-agree"]
    monthly = said.replace("In May,", "For the three months of spring, trade grew. For the month,")
    assert _verify_text(tmp_path, monthly.format("For the three months, s")) == []


def test_a_month_is_no_place_or_group_a_figure_is_set_under(tmp_path: Path) -> None:
    text = ("Lena fell ill in September and doctors gave her a 70% chance of recovery if treated with "
            "surgery. Her family appealed. Doctors gave her a 40% chance of recovery if treated with "
            "surgery.")
    assert _verify_text(tmp_path, text) == ["mentions-agree"]


def test_shares_said_alike_in_two_paragraphs_of_shares_are_two_breakdowns(tmp_path: Path) -> None:
    text = ("Grain led traded tonnage with 31.20% of the total. Coal accounted for 24.10%. "
            "Oil accounted for 20.40%.\n"
            "Coal led port calls with 30.50% of the total. Grain accounted for 18.90%. "
            "Oil accounted for 17.20%.")
    assert _verify_text(tmp_path, text) == []


def test_figures_said_alike_of_which_only_one_is_set_in_a_span_of_time_may_be_two(tmp_path: Path) -> None:
    text = ("Air traffic up in May\n\n"
            "U.K. carriers flew 41.2 million domestic and foreign travellers in May 2012, a 2.1 percent "
            "rise from May 2011. Load factors fell.\n"
            "U.K. carriers flew 212.5 million total travellers during the first 5 months of 2012, "
            "up 1.4 percent.")
    assert _verify_text(tmp_path, text) == []


def test_figures_said_alike_of_two_spans_of_years_with_a_slash_are_two(tmp_path: Path) -> None:
    text = ("For permits issued in 2014/15, 71% of the fees had been collected by 3 May 2016.\n"
            "For permits issued in 2013/14, 88% of the fees had been collected by 3 May 2016.")
    shares = [c for c in extract_claims(text).claims if c.kind.value == "share"]
    assert sorted((c.value, len(c.mentions)) for c in shares) == [("71", 1), ("88", 1)]
    assert _verify_text(tmp_path, text) == []


def test_a_figure_said_again_in_total_is_still_the_same_figure(tmp_path: Path) -> None:
    """"In total" says "altogether", not "the total of several": another value contradicts."""
    text = ("Orla Keane has run the city marathon 4 times.\n\nShe trains on the canal path every morning "
            "before work, her coach says.\n\nIn total, Orla Keane has run the city marathon 7 times.")
    assert _verify_text(tmp_path, text) == ["mentions-agree"]


def test_shares_of_one_size_each_of_its_own_part_and_whole_are_two_figures(tmp_path: Path) -> None:
    text = "Northgate: 17,390 of 40,160 votes (43.3%). Southgate: 21,610 of 49,900 votes (43.3%)."
    shares = [c for c in extract_claims(text).claims if c.share_of is not None]
    assert len(shares) == 2
    assert _verify_text(tmp_path, text) == []
    assert _verify_text(tmp_path, text.replace("21,610 of", "23,610 of")) == ["share-matches-counts"]
