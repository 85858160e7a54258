"""The progress= argument: nothing, a callable, or a tqdm bar (an optional extra)."""

from __future__ import annotations

import sys

import pytest

from flickr_api.errors import FlickrTransferError
from flickr_api.transfer._progress import reporter


@pytest.mark.parametrize("progress", [None, False])
def test_no_progress_means_no_callback(progress):
    with reporter(progress, "x") as report:
        assert report is None


def test_a_callable_is_called_as_it_is():
    seen = []
    with reporter(lambda done, total: seen.append((done, total)), "x") as report:
        report(1, 2)
    assert seen == [(1, 2)]


def test_true_draws_a_bar_that_follows_and_closes(capsys):
    with reporter(True, "photo.jpg") as report:
        report(512, 1024)
        report(1024, 1024)
        bar = report._bar
        assert (bar.n, bar.total) == (1024, 1024)
    assert bar.disable or bar.last_print_n == 1024
    assert "photo.jpg" in capsys.readouterr().err


def test_a_bar_goes_back_when_a_transfer_starts_over():
    with reporter(True, "x") as report:
        report(800, 1000)
        report(100, 1000)
        assert report._bar.n == 100


def test_without_tqdm_true_is_a_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    with pytest.raises(FlickrTransferError, match=r"pip install 'flickr_api\[progress\]'"), \
            reporter(True, "x"):
        pass


def test_anything_else_is_refused():
    with pytest.raises(TypeError, match="progress="), reporter("yes", "x"):
        pass
