"""Unit tests of the equivalence check: python3 -m unittest discover -s bench/test"""
import copy
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
import equivalence  # noqa: E402


def analyst_q2(*statement_keys):
    return {"data": {"statements": {"nodes": [
        {"id": equivalence_id("Statement", k), "summary": f"said {k}",
         "date": {"text": "1 May 2022", "earliest": "2022-05-01", "latest": "2022-05-01"},
         "speaker": {"id": equivalence_id("Actor", 9), "name": "Nine"},
         "targets": [{"stance": "HOSTILE", "actor": {"id": equivalence_id("Actor", 3), "name": "Three"}}]}
        for k in statement_keys]}}}


def peer_q2(*statement_keys):
    return {"data": {"statementsTargeting": {"nodes": [
        {"rowId": str(k), "summary": f"said {k}", "dateText": "1 May 2022", "dateEarliest": "2022-05-01",
         "dateLatest": "2022-05-01", "speaker": {"rowId": "9", "name": "Nine"},
         "statementTargets": {"nodes": [{"stance": "HOSTILE", "actor": {"rowId": "3", "name": "Three"}}]}}
        for k in statement_keys]}}}


def equivalence_id(type_name, key):
    import base64
    return base64.urlsafe_b64encode(f"{type_name}:{key}".encode()).decode().rstrip("=")


class EquivalenceTest(unittest.TestCase):

    def test_global_ids_decode_to_keys(self):
        self.assertEqual(equivalence.key("QXJ0aWNsZTox"), "1")
        self.assertEqual(equivalence.key(equivalence_id("Statement", 140070)), "140070")

    def test_instants_compare_in_utc(self):
        self.assertEqual(equivalence.instant("2025-12-29T05:57:00Z"),
                         equivalence.instant("2025-12-29T06:57:00.000000+01:00"))

    def test_same_rows_are_equivalent(self):
        self.assertEqual(equivalence.compare("q2", analyst_q2(5, 4, 3), peer_q2(5, 4, 3)), [])

    def test_order_matters(self):
        self.assertTrue(equivalence.compare("q2", analyst_q2(5, 4, 3), peer_q2(5, 3, 4)))

    def test_a_missing_row_is_found(self):
        self.assertTrue(equivalence.compare("q2", analyst_q2(5, 4, 3), peer_q2(5, 4)))

    def test_a_different_value_is_found(self):
        peer = peer_q2(5, 4)
        peer["data"]["statementsTargeting"]["nodes"][1]["statementTargets"]["nodes"][0]["stance"] = "CRITICAL"
        self.assertTrue(equivalence.compare("q2", analyst_q2(5, 4), peer))

    def test_errors_are_never_equivalent(self):
        analyst = copy.deepcopy(analyst_q2(5, 4))
        analyst["errors"] = [{"message": "boom"}]
        self.assertTrue(equivalence.compare("q2", analyst, peer_q2(5, 4)))

    def test_empty_answers_prove_nothing(self):
        self.assertTrue(equivalence.compare("q2", analyst_q2(), peer_q2()))


if __name__ == "__main__":
    unittest.main()
