"""Uploads and downloads of any size: streamed, with progress, tickets, resumable and atomic.

- :func:`upload` / :func:`replace` send a file piece by piece (flat memory for any size) and
  return a ``Photo``, or an :class:`UploadTicket` to :meth:`~UploadTicket.wait` for;
- :func:`download_photo` saves one photo or video, :func:`download_photos` a whole album with
  parallel workers; files appear only once complete and interrupted downloads resume.
"""

from flickr_api.errors import CancelUpload
from flickr_api.objects.ticket import UploadTicket, check_tickets, wait_for_tickets
from flickr_api.transfer.bulk import DownloadSummary, download_photos
from flickr_api.transfer.download import download_photo
from flickr_api.transfer.multipart import MultipartBody
from flickr_api.transfer.upload import Upload, replace, upload

__all__ = [
    "CancelUpload",
    "DownloadSummary",
    "MultipartBody",
    "Upload",
    "UploadTicket",
    "check_tickets",
    "download_photo",
    "download_photos",
    "replace",
    "upload",
    "wait_for_tickets",
]
