# Type stubs of flickr_api.api, generated from the packaged method catalog by
# scripts/generate_stubs.py: do not edit, run `python scripts/generate_stubs.py`.
from inspect import Signature
from typing import Any, Optional

from flickr_api._catalog import MethodSpec
from flickr_api.client import Client
from flickr_api.errors import FlickrValidationError

__all__ = ["Method", "Namespace", "UnknownMethodError", "flickr", "method_doc"]

class UnknownMethodError(FlickrValidationError, AttributeError): ...

class Method:
    spec: MethodSpec
    name: str
    def __init__(self, client: Client, spec: MethodSpec) -> None: ...
    def __call__(self, *args: Any, **kwargs: Any) -> Any: ...
    def __get__(self, obj: Any, owner: Optional[type] = None) -> Method: ...
    @property
    def __signature__(self) -> Signature: ...

def method_doc(spec: MethodSpec) -> str: ...

flickr: Namespace


class Namespace:
    """A node of the ``flickr.*`` tree; its attributes are sub-namespaces and methods
    (``dir()`` lists them). ``Namespace(client, "flickr")`` is ``client.api``.
    """
    def __init__(self, client: Client, path: str = ...) -> None: ...
    def __dir__(self) -> list[str]: ...
    activity: _Activity
    auth: _Auth
    blogs: _Blogs
    cameras: _Cameras
    collections: _Collections
    commons: _Commons
    contacts: _Contacts
    favorites: _Favorites
    galleries: _Galleries
    groups: _Groups
    interestingness: _Interestingness
    machinetags: _Machinetags
    panda: _Panda
    people: _People
    photos: _Photos
    photosets: _Photosets
    places: _Places
    prefs: _Prefs
    profile: _Profile
    push: _Push
    reflection: _Reflection
    stats: _Stats
    tags: _Tags
    test: _Test
    testimonials: _Testimonials
    urls: _Urls

class _Activity:
    def userComments(
        self,
        *,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns a list of recent activity on photos commented on by the calling user. Do not
        poll this method more than once an hour.

        Arguments:
            per_page (optional): Number of items to return per page. If this argument is
                omitted, it defaults to 10. The maximum allowed value is 50.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def userPhotos(
        self,
        *,
        timeframe: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns a list of recent activity on photos belonging to the calling user. Do not poll
        this method more than once an hour.

        Arguments:
            timeframe (optional): The timeframe in which to return updates for. This can be
                specified in days ('2d') or hours ('4h'). The default behavoir is to return
                changes since the beginning of the previous user session.
            per_page (optional): Number of items to return per page. If this argument is
                omitted, it defaults to 10. The maximum allowed value is 50.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Auth:
    def checkToken(
        self,
        *,
        auth_token: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns the credentials attached to an authentication token. This call must be signed,
        and is deprecated in favour of OAuth.

        perms can have values of none, read, write or delete. For more information, see the Auth
        API spec.

        Arguments:
            auth_token (required): The authentication token to check.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 98, 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getFrob(
        self,
        *,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns a frob to be used during authentication. This method call must be signed, and is
        deprecated in favour of OAuth.

        Arguments: none.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 96, 97, 100, 105, 106, 111, 112, 114, 115,
                116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getFullToken(
        self,
        *,
        mini_token: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get the full authentication token for a mini-token. This method call must be signed, and
        is deprecated in favour of OAuth.

        perms can have values of none, read, write or delete. For more information, see the Auth
        API spec.

        Arguments:
            mini_token (required): The mini-token typed in by a user. It should be 9 digits
                long. It may optionally contain dashes.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Mini-token not found: The passed mini-token was not valid.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getToken(
        self,
        *,
        frob: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns the auth token for the given frob, if one has been attached. This method call
        must be signed, and is deprecated in favour of OAuth.

        perms can have values of none, read, write or delete. For more information, see the Auth
        API spec.

        Arguments:
            frob (required): The frob to check.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 96, 97, 100, 105, 106, 108, 111, 112, 114,
                115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    oauth: _Auth_Oauth

class _Auth_Oauth:
    def checkToken(
        self,
        *,
        oauth_token: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns the credentials attached to an OAuth authentication token.

        Arguments:
            oauth_token (required): The OAuth authentication token to check.

        Permission: none (signed); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 96, 97, 100, 105, 106, 111, 112, 114, 115,
                116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getAccessToken(
        self,
        *,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Exchange an auth token from the old Authentication API, to an OAuth access token.
        Calling this method will delete the auth token used to make the request.

        Arguments: none.

        Permission: none (signed); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 96, 97, 100, 105, 106, 111, 112, 114, 115,
                116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Blogs:
    def getList(
        self,
        *,
        service: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get a list of configured blogs for the calling user.

        The needspassword attribute indicates whether a call to flickr.blogs.postPhoto for this
        blog will require a password to be sent. When flickr has a password already stored,
        needspassword is 0

        Arguments:
            service (optional): Optionally only return blogs for a given service id. You can get
                a list of from flickr.blogs.getServices().

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getServices(
        self,
        *,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return a list of Flickr supported blogging services

        Arguments: none.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def postPhoto(
        self,
        *,
        photo_id: Any,
        title: Any,
        description: Any,
        blog_id: Any = ...,
        blog_password: Any = ...,
        service: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """(Flickr gives no description.)

        Arguments:
            blog_id (optional): The id of the blog to post to.
            photo_id (required): The id of the photo to blog
            title (required): The blog post title
            description (required): The blog post body
            blog_password (optional): The password for the blog (used when the blog does not
                have a stored password).
            service (optional): A Flickr supported blogging service. Instead of passing a blog
                id you can pass a service id and we'll post to the first blog of that service we
                find.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Blog not found: The blog id was not the id of a blog belonging to the calling user
            2 Photo not found: The photo id was not the id of a public photo
            3 Password needed: A password is not stored for the blog and one was not passed with
                the request
            4 Blog post failed: The blog posting failed (a blogging API failure of some sort)
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Cameras:
    def getBrandModels(
        self,
        *,
        brand: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Retrieve all the models for a given camera brand.

        Arguments:
            brand (required): The ID of the requested brand (as returned from
                flickr.cameras.getBrands).

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Brand not found: Unable to find the given brand ID.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getBrands(
        self,
        *,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns all the brands of cameras that Flickr knows about.

        Arguments: none.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Collections:
    def getInfo(
        self,
        *,
        collection_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns information for a single collection. Currently can only be called by the
        collection owner, this may change. Note that the response values of `iconlarge` and
        `iconsmall` are defunct and will now return empty mosaic grids. For more information on
        how to use the new style of collection mosaics, go here.

        Arguments:
            collection_id (required): The ID of the collection to fetch information for.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 Collection not found: The requested collection could not be found or is not
                visible to the calling user.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getTree(
        self,
        *,
        collection_id: Any = ...,
        user_id: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns a tree (or sub tree) of collections belonging to a given user. Note that the
        response values of `iconlarge` and `iconsmall` are defunct and will now return empty
        mosaic grids. For more information on how to use the new style of collection mosaics, go
        here.

        A nested tree of collections, and the collections and sets they contain.

        Arguments:
            collection_id (optional): The ID of the collection to fetch a tree for, or zero to
                fetch the root collection. Defaults to zero.
            user_id (optional): The ID of the account to fetch the collection tree for. Defaults
                to the calling user.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 User not found: The specified user could not be found.
            2 Collection not found: The specified collection does not exist.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Commons:
    def getInstitutions(
        self,
        *,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Retrieves a list of the current Commons institutions.

        Arguments: none.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Contacts:
    def getList(
        self,
        *,
        filter: Any = ...,
        page: Any = ...,
        per_page: Any = ...,
        sort: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get a list of contacts for the calling user.

        Arguments:
            filter (optional): An optional filter of the results. The following values are
                valid:

                friends Only contacts who are friends (and not family)

                family Only contacts who are family (and not friends)

                both Only contacts who are both friends and family

                neither Only contacts who are neither friends nor family
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 1000. The maximum allowed value is 1000.
            sort (optional): The order in which to sort the returned contacts. Defaults to name.
                The possible values are: name and time.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 Invalid sort parameter: The possible values are: name and time.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getListRecentlyUploaded(
        self,
        *,
        date_lastupload: Any = ...,
        filter: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return a list of contacts for a user who have recently uploaded photos along with the
        total count of photos uploaded.

        This method is still considered experimental. We don't plan for it to change or to go
        away but so long as this notice is present you should write your code accordingly.

        Arguments:
            date_lastupload (optional): Limits the resultset to contacts that have uploaded
                photos since this date. The date should be in the form of a Unix timestamp.

                The default offset is (1) hour and the maximum (24) hours.
            filter (optional): Limit the result set to all contacts or only those who are
                friends or family. Valid options are:
                - ff friends and family
                - all all your contacts

                Default value is "all".

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPublicList(
        self,
        *,
        user_id: Any,
        page: Any = ...,
        per_page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get the contact list for a user.

        See flickr.contacts.getList for an explanation of the response.

        Arguments:
            user_id (required): The NSID of the user to fetch the contact list for.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 1000. The maximum allowed value is 1000.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 User not found: The specified user NSID was not a valid user.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getTaggingSuggestions(
        self,
        *,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get suggestions for tagging people in photos based on the calling user's contacts.

        Arguments:
            per_page (optional): Number of contacts to return per page. If this argument is
                omitted, all contacts will be returned.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Favorites:
    def add(
        self,
        *,
        photo_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Adds a photo to a user's favorites list.

        Arguments:
            photo_id (required): The id of the photo to add to the user's favorites.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id passed was not a valid photo id.
            2 Photo is owned by you: The photo belongs to the user and so cannot be added to
                their favorites.
            3 Photo is already in favorites: The photo is already in the user's list of
                favorites.
            4 User cannot see photo: The user does not have permission to add the photo to their
                favorites.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getContext(
        self,
        *,
        photo_id: Any,
        user_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns next and previous favorites for a photo in a user's favorites.

        See flickr.photos.getContext

        Arguments:
            photo_id (required): The id of the photo to fetch the context for.
            user_id (required): The user who counts the photo as a favorite.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id passed was not a valid photo id, or was the id of a
                photo that the calling user does not have permission to view.
            2 User not found: The specified user was not found.
            3 Photo not a favorite: The specified photo is not a favorite of the specified user.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getList(
        self,
        *,
        user_id: Any = ...,
        min_fave_date: Any = ...,
        max_fave_date: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns a list of the user's favorite photos. Only photos which the calling user has
        permission to see are returned.

        Arguments:
            user_id (optional): The NSID of the user to fetch the favorites list for. If this
                argument is omitted, the favorites list for the calling user is returned.
            min_fave_date (optional): Minimum date that a photo was favorited on. The date
                should be in the form of a unix timestamp.
            max_fave_date (optional): Maximum date that a photo was favorited on. The date
                should be in the form of a unix timestamp.
            extras (optional): A comma-delimited list of extra information to fetch for each
                returned record. Currently supported fields are: description, license,
                date_upload, date_taken, owner_name, icon_server, original_format, last_update,
                geo, tags, machine_tags, o_dims, views, media, path_alias, url_sq, url_t, url_s,
                url_q, url_m, url_n, url_z, url_c, url_l, url_o
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 User not found: The specified user NSID was not a valid flickr user.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPublicList(
        self,
        *,
        user_id: Any,
        min_fave_date: Any = ...,
        max_fave_date: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns a list of favorite public photos for the given user.

        Arguments:
            user_id (required): The user to fetch the favorites list for.
            min_fave_date (optional): Minimum date that a photo was favorited on. The date
                should be in the form of a unix timestamp.
            max_fave_date (optional): Maximum date that a photo was favorited on. The date
                should be in the form of a unix timestamp.
            extras (optional): A comma-delimited list of extra information to fetch for each
                returned record. Currently supported fields are: description, license,
                date_upload, date_taken, owner_name, icon_server, original_format, last_update,
                geo, tags, machine_tags, o_dims, views, media, path_alias, url_sq, url_t, url_s,
                url_q, url_m, url_n, url_z, url_c, url_l, url_o
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 User not found: The specified user NSID was not a valid flickr user.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def remove(
        self,
        *,
        photo_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Removes a photo from a user's favorites list.

        Arguments:
            photo_id (required): The id of the photo to remove from the user's favorites.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photo not in favorites: The photo id passed was not in the user's favorites.
            2 Cannot remove photo from that user's favorites: user_id was passed as an argument,
                but photo_id is not owned by the authenticated user.
            3 User not found: Invalid user_id argument.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Galleries:
    def addPhoto(
        self,
        *,
        gallery_id: Any,
        photo_id: Any,
        comment: Any = ...,
        full_response: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Add a photo to a gallery.

        Arguments:
            gallery_id (required): The ID of the gallery to add a photo to. Note: this is the
                compound ID returned in methods like flickr.galleries.getList, and
                flickr.galleries.getListForPhoto.
            photo_id (required): The photo ID to add to the gallery
            comment (optional): A short comment or story to accompany the photo.
            full_response (optional): If specified, return updated details of the gallery the
                photo was added to

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Required parameter missing: One or more required parameters was not included with
                your API call.
            2 Invalid gallery ID: That gallery could not be found.
            3 Invalid photo ID: The requested photo could not be found.
            4 Invalid comment: The comment body could not be validated.
            5 Failed to add photo: Unable to add the photo to the gallery.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def create(
        self,
        *,
        title: Any,
        description: Any,
        primary_photo_id: Any = ...,
        full_result: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Create a new gallery for the calling user.

        The ID of the newly created gallery, and its URL.

        Arguments:
            title (required): The name of the gallery
            description (required): A short description for the gallery
            primary_photo_id (optional): The first photo to add to your gallery
            full_result (optional): Get the result in the same format as galleries.getList

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Required parameter missing: One or more of the required parameters was missing
                from your API call.
            2 Invalid title or description: The title or the description could not be validated.
            3 Failed to add gallery: There was a problem creating the gallery.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def editMeta(
        self,
        *,
        gallery_id: Any,
        title: Any,
        description: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Modify the meta-data for a gallery.

        Arguments:
            gallery_id (required): The gallery ID to update.
            title (required): The new title for the gallery.
            description (optional): The new description for the gallery.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Required parameter missing: One or more required parameters was missing from your
                request.
            2 Invalid title or description: The title or description arguments could not be
                validated.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def editPhoto(
        self,
        *,
        gallery_id: Any,
        photo_id: Any,
        comment: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Edit the comment for a gallery photo.

        Arguments:
            gallery_id (required): The ID of the gallery to add a photo to. Note: this is the
                compound ID returned in methods like flickr.galleries.getList, and
                flickr.galleries.getListForPhoto.
            photo_id (required): The photo ID to add to the gallery.
            comment (required): The updated comment the photo.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Invalid gallery ID: That gallery could not be found.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def editPhotos(
        self,
        *,
        gallery_id: Any,
        primary_photo_id: Any,
        photo_ids: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Modify the photos in a gallery. Use this method to add, remove and re-order photos.

        Arguments:
            gallery_id (required): The id of the gallery to modify. The gallery must belong to
                the calling user.
            primary_photo_id (required): The id of the photo to use as the 'primary' photo for
                the gallery. This id must also be passed along in photo_ids list argument.
            photo_ids (required): A comma-delimited list of photo ids to include in the gallery.
                They will appear in the set in the order sent. This list must contain the
                primary photo id. This list of photos replaces the existing list.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getInfo(
        self,
        *,
        gallery_id: Any,
        primary_photo_size: Any = ...,
        cover_photos_size: Any = ...,
        limit: Any = ...,
        short_limit: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """(Flickr gives no description.)

        Arguments:
            gallery_id (required): The gallery ID you are requesting information for.
            primary_photo_size (optional): size of the primary photo
            cover_photos_size (optional): size of the cover photos (excluding the primary photo)
            limit (optional): number of cover photos to fetch for galleries without a primary
                photo. Default is 6
            short_limit (optional): number of cover photos to fetch (excluding primary photo)
                for galleries with a primary photo. Default is 2.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getList(
        self,
        *,
        user_id: Any,
        continuation: Any,
        short_limit: Any,
        per_page: Any = ...,
        page: Any = ...,
        primary_photo_extras: Any = ...,
        sort_groups: Any = ...,
        photo_ids: Any = ...,
        cover_photos: Any = ...,
        primary_photo_cover_size: Any = ...,
        cover_photos_size: Any = ...,
        limit: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return the list of galleries created by a user. Sorted from newest to oldest.

        Arguments:
            user_id (required): The NSID of the user to get a galleries list for. If none is
                specified, the calling user is assumed.
            per_page (optional): Number of galleries to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.
            primary_photo_extras (optional): A comma-delimited list of extra information to
                fetch for the primary photo. Currently supported fields are: license,
                date_upload, date_taken, owner_name, icon_server, original_format, last_update,
                geo, tags, machine_tags, o_dims, views, media, path_alias, url_sq, url_t, url_s,
                url_m, url_o
            continuation (required): The first request must pass the "continuation" parameter
                with the value of "0". The server responds back with a response that includes
                the "continuation" field along with "pages" and "total" fields in the response.
                For the subsequent requests, the client must relay the value of the
                "continuation" response field as the value of the "continuation" request
                parameter. On the last page of results, the server will respond with a
                continuation value of "-1".
            sort_groups (optional): A comma-separated list of groups used to sort the output
                sets. If has_photo is present, any of the calling user's galleries containing
                photos referred to in photo_ids will be returned before other galleries. If
                suggested is present, a number of suggested galleries will be returned before
                other sets. The order of the sort_groups will dictate the order that the groups
                are returned in. Only available if continuation is used. The resulting output
                will include a "sort_group" parameter indicating the sort_group that each set is
                part of, or null if not applicable
            photo_ids (optional): A comma-separated list of photo ids. If specified along with
                has_photo in sort_groups, each returned gallery will include a list of these
                photo ids that are present in the gallery as "has_requested_photos"
            cover_photos (optional): set to 1 if cover photos for galleries should be returned.
                If primary photo exists, 1 primary photo and 2 other photos will be returned (in
                order). If not, 6 photos in order will be returned
            primary_photo_cover_size (optional): size of primary photo on the cover (if primary
                photo exists in gallery). will default to 'q' if not set
            cover_photos_size (optional): size of cover photos (will default to 'q' if not set)
            limit (optional): number of cover photos to fetch for galleries without a primary
                photo. Default is 6
            short_limit (required): number of cover photos to fetch (excluding primary photo)
                for galleries with a primary photo. Default is 2.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getListForPhoto(
        self,
        *,
        photo_id: Any,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return the list of galleries to which a photo has been added. Galleries are returned
        sorted by date which the photo was added to the gallery.

        Arguments:
            photo_id (required): The ID of the photo to fetch a list of galleries for.
            per_page (optional): Number of galleries to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Required parameter missing: Observed in a real Flickr response
                (Flickr-Foundation/flickr-photos-api test cassettes, 2023-2025); not in the
                reflection data.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPhotos(
        self,
        *,
        gallery_id: Any,
        continuation: Any = ...,
        get_user_info: Any = ...,
        get_gallery_info: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return the list of photos for a gallery

        Returns a standard photo response. Additionally if the gallery creator has included a
        comment with the photo this will be then the photo element will have the attribute
        has_comment="1" and the child element "comment" will be present.

        Arguments:
            gallery_id (required): The ID of the gallery of photos to return
            continuation (optional): Using this parameter indicates to the server that the
                client is using the new, continuation based pagination rather than the older
                page/per_page based pagination. The first request must pass the "continuation"
                parameter with the value of "0". The server responds back with a response that
                includes the "continuation" field along with the "per_page" field in the
                response. For the subsequent requests, the client must relay the value of the
                "continuation" response field as the value of the "continuation" request
                parameter. On the last page of results, the server will respond with a
                continuation value of "-1".
            get_user_info (optional): set to 1 if user details should be returned
            get_gallery_info (optional): if set to 1, info about the gallery is also returned
            extras (optional): A comma-delimited list of extra information to fetch for each
                returned record. Currently supported fields are: description, license,
                date_upload, date_taken, owner_name, icon_server, original_format, last_update,
                geo, tags, machine_tags, o_dims, views, media, path_alias, url_sq, url_t, url_s,
                url_q, url_m, url_n, url_z, url_c, url_l, url_o
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Invalid gallery ID: Observed in a real Flickr response
                (Flickr-Foundation/flickr-photos-api test cassettes, 2023-2025); not in the
                reflection data.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def removePhoto(
        self,
        *,
        gallery_id: Any,
        photo_id: Any,
        full_response: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Remove a photo from a gallery.

        Arguments:
            gallery_id (required): The ID of the gallery to remove a photo from
            photo_id (required): The ID of the photo to remove from the gallery
            full_response (required): If specified, return updated details of the gallery the
                photo was removed from

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Groups:
    def browse(
        self,
        *,
        cat_id: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Browse the group category tree, finding groups and sub-categories.

        The count attribute of the subcat element gives the number of groups inside the subcat.

        The members attribute of the group element gives the total number of members in the
        group. The online attribute gives a count of the members who are currently online. The
        inchat attribute gives a count of the number of people in the group's chat, regardless
        of whether they are members of the group.

        Arguments:
            cat_id (optional): The category id to fetch a list of groups and sub-categories for.
                If not specified, it defaults to zero, the root of the category tree.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 Category not found: The value passed for cat_id was not a valid category id.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    discuss: _Groups_Discuss
    def getInfo(
        self,
        *,
        group_id: Any,
        group_path_alias: Any = ...,
        lang: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get information about a group.

        Arguments:
            group_id (required): The NSID of the group to fetch information for.
            group_path_alias (optional): The path alias of the group. One of this or the
                group_id param is required
            lang (optional): The language of the group name and description to fetch. If the
                language is not found, the primary language of the group will be returned.

                Valid values are the same as in feeds.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Group not found: The group NSID passed did not refer to a group that the calling
                user can see - either an invalid group is or a group that can't be seen by the
                calling user.
            2 Group is private: This is a private group.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def join(
        self,
        *,
        group_id: Any,
        accept_rules: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Join a public group as a member.

        Arguments:
            group_id (required): The NSID of the Group in question
            accept_rules (optional): If the group has rules, they must be displayed to the user
                prior to joining. Passing a true value for this argument specifies that the
                application has displayed the group rules to the user, and that the user has
                agreed to them. (See flickr.groups.getInfo).

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Required arguments missing: The group_id doesn't exist
            2 Group does not exist: The Group does not exist
            3 Group not availabie to the account: The authed account does not have permission to
                view/join the group.
            4 Account is already in that group: The authed account has previously joined this
                group
            5 Membership in group is by invitation only: Use flickr.groups.joinRequest to
                contact the administrations for an invitation.
            6 User must accept the group rules before joining: The user must read and accept the
                rules before joining. Please see the accept_rules argument for this method.
            10 Account in maximum number of groups: The account is a member of the maximum
                number of groups.
            11 User unable to join: This user is unable to join this group.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def joinRequest(
        self,
        *,
        group_id: Any,
        message: Any,
        accept_rules: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Request to join a group that is invitation-only.

        Arguments:
            group_id (required): The NSID of the group to request joining.
            message (required): Message to the administrators.
            accept_rules (required): If the group has rules, they must be displayed to the user
                prior to joining. Passing a true value for this argument specifies that the
                application has displayed the group rules to the user, and that the user has
                agreed to them. (See flickr.groups.getInfo).

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Required arguments missing: The group_id or message argument are missing.
            2 Group does not exist: The Group does not exist
            3 Group not available to the account: The authed account does not have permission to
                view/join the group.
            4 Account is already in that group: The authed account has previously joined this
                group
            5 Group is public and open: The group does not require an invitation to join, please
                use flickr.groups.join.
            6 User must accept the group rules before joining: The user must read and accept the
                rules before joining. Please see the accept_rules argument for this method.
            7 User has already requested to join that group: A request has already been sent and
                is pending approval.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def leave(
        self,
        *,
        group_id: Any,
        delete_photos: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Leave a group.

        If the user is the only administrator left, and there are other members, the oldest
        member will be promoted to administrator.

        If the user is the last person in the group, the group will be deleted.

        Arguments:
            group_id (required): The NSID of the Group to leave
            delete_photos (optional): Delete all photos by this user from the group

        Permission: delete (a user token with delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Required arguments missing: The group_id doesn't exist
            2 Group does not exist: The group by that ID does not exist
            3 Account is not in that group: The user is not a member of the group that was
                specified
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    members: _Groups_Members
    pools: _Groups_Pools
    def search(
        self,
        *,
        text: Any,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Search for groups. 18+ groups will only be returned for authenticated calls where the
        authenticated user is over 18.

        Arguments:
            text (required): The text to search for.
            per_page (optional): Number of groups to return per page. If this argument is
                ommited, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is ommited, it
                defaults to 1.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 No text passed: The required text argument was ommited.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Groups_Discuss:
    replies: _Groups_Discuss_Replies
    topics: _Groups_Discuss_Topics

class _Groups_Discuss_Replies:
    def add(
        self,
        *,
        group_id: Any,
        topic_id: Any,
        message: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Post a new reply to a group discussion topic.

        Arguments:
            group_id (required): Pass in the group id to where the topic belongs. Can be NSID or
                group alias. Making this parameter optional for legacy reasons, but it is highly
                recommended to pass this in to get faster performance.
            topic_id (required): The ID of the topic to post a comment to.
            message (required): The message to post to the topic.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Topic not found: The topic_id is invalid.
            2 Cannot post to group: Either this account is not a member of the group, or
                discussion in this group is disabled.
            3 Missing required arguments: The topic_id and message are required.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def delete(
        self,
        *,
        group_id: Any,
        topic_id: Any,
        reply_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Delete a reply from a group topic.

        Arguments:
            group_id (required): Pass in the group id to where the topic belongs. Can be NSID or
                group alias. Making this parameter optional for legacy reasons, but it is highly
                recommended to pass this in to get faster performance.
            topic_id (required): The ID of the topic the post is in.
            reply_id (required): The ID of the reply to delete.

        Permission: delete (a user token with delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Topic not found: The topic_id is invalid.
            2 Reply not found: The reply_id is invalid.
            3 Cannot delete reply: Replies can only be edited by their owner.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def edit(
        self,
        *,
        group_id: Any,
        topic_id: Any,
        reply_id: Any,
        message: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Edit a topic reply.

        Arguments:
            group_id (required): Pass in the group id to where the topic belongs. Can be NSID or
                group alias. Making this parameter optional for legacy reasons, but it is highly
                recommended to pass this in to get faster performance.
            topic_id (required): The ID of the topic the post is in.
            reply_id (required): The ID of the reply post to edit.
            message (required): The message to edit the post with.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Topic not found: The topic_id is invalid
            2 Reply not found: The reply_id is invalid.
            3 Missing required arguments: The topic_id and reply_id are required.
            4 Cannot edit reply: Replies can only be edited by their owner.
            5 Cannot post to group: Either this account is not a member of the group, or
                discussion in this group is disabled.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getInfo(
        self,
        *,
        group_id: Any,
        topic_id: Any,
        reply_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get information on a group topic reply.

        Arguments:
            group_id (required): Pass in the group id to where the topic belongs. Can be NSID or
                group alias. Making this parameter optional for legacy reasons, but it is highly
                recommended to pass this in to get faster performance.
            topic_id (required): The ID of the topic the post is in.
            reply_id (required): The ID of the reply to fetch.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Topic not found: The topic_id is invalid
            2 Reply not found: The reply_id is invalid
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getList(
        self,
        *,
        group_id: Any,
        topic_id: Any,
        per_page: Any,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get a list of replies from a group discussion topic.

        Arguments:
            group_id (required): Pass in the group id to where the topic belongs. Can be NSID or
                group alias. Making this parameter optional for legacy reasons, but it is highly
                recommended to pass this in to get faster performance.
            topic_id (required): The ID of the topic to fetch replies for.
            per_page (required): Number of photos to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Topic not found: The topic_id is invalid.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Groups_Discuss_Topics:
    def add(
        self,
        *,
        group_id: Any,
        subject: Any,
        message: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Post a new discussion topic to a group.

        Arguments:
            group_id (required): The NSID or path alias of the group to add a topic to.
            subject (required): The topic subject.
            message (required): The topic message.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Group not found: The group by that ID does not exist
            2 Cannot post to group: Either this account is not a member of the group, or
                discussion in this group is disabled.
            3 Message is too long: The post message is too long.
            4 Missing required arguments: Subject and message are required.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getInfo(
        self,
        *,
        group_id: Any,
        topic_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get information about a group discussion topic.

        Arguments:
            group_id (required): NSID or group alias of the group to which the topic belongs.
                Making this parameter optional for legacy reasons, but it is highly recommended
                to pass this in to get better performance.
            topic_id (required): The ID for the topic to edit.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Topic not found: The topic_id is invalid
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getList(
        self,
        *,
        group_id: Any,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get a list of discussion topics in a group.

        Arguments:
            group_id (required): The NSID or path alias of the group to fetch information for.
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Group not found: The group_id is invalid
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Groups_Members:
    def getList(
        self,
        *,
        group_id: Any,
        membertypes: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get a list of the members of a group. The call must be signed on behalf of a Flickr
        member, and the ability to see the group membership will be determined by the Flickr
        member's group privileges.

        Arguments:
            group_id (required): Return a list of members for this group. The group must be
                viewable by the Flickr member on whose behalf the API call is made.
            membertypes (optional): Comma separated list of member types
                - 2: member
                - 3: moderator
                - 4: admin

                By default returns all types. (Returning super rare member type "1: narwhal"
                isn't supported by this API method)
            per_page (optional): Number of members to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 Group not found:
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Groups_Pools:
    def add(
        self,
        *,
        photo_id: Any,
        group_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Add a photo to a group's pool.

        Arguments:
            photo_id (required): The id of the photo to add to the group pool. The photo must
                belong to the calling user.
            group_id (required): The NSID of the group who's pool the photo is to be added to.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id passed was not the id of a photo owned by the caling
                user.
            2 Group not found: The group id passed was not a valid id for a group the user is a
                member of.
            3 Photo already in pool: The specified photo is already in the pool for the
                specified group.
            4 Photo in maximum number of pools: The photo has already been added to the maximum
                allowed number of pools.
            5 Photo limit reached: The user has already added the maximum amount of allowed
                photos to the pool.
            6 Your Photo has been added to the Pending Queue for this Pool: The pool is
                moderated, and the photo has been added to the Pending Queue. If it is approved
                by a group administrator, it will be added to the pool.
            7 Your Photo has already been added to the Pending Queue for this Pool: The pool is
                moderated, and the photo has already been added to the Pending Queue.
            8 Content not allowed: The content has been disallowed from the pool by the group
                admin(s).
            10 Maximum number of photos in Group Pool: A group pool has reached the upper limit
                for the number of photos allowed.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getContext(
        self,
        *,
        photo_id: Any,
        group_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns next and previous photos for a photo in a group pool.

        See flickr.photos.getContext

        Arguments:
            photo_id (required): The id of the photo to fetch the context for.
            group_id (required): The nsid of the group who's pool to fetch the photo's context
                for.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id passed was not a valid photo id, or was the id of a
                photo that the calling user does not have permission to view.
            2 Photo not in pool: The specified photo is not in the specified group's pool.
            3 Group not found: The specified group nsid was not a valid group or the caller does
                not have permission to view the group's pool.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getGroups(
        self,
        *,
        page: Any = ...,
        per_page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns a list of groups to which you can add photos.

        The privacy attribute is 1 for private groups, 2 for invite-only public groups and 3 for
        open public groups.

        Arguments:
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.
            per_page (optional): Number of groups to return per page. If this argument is
                omitted, it defaults to 400. The maximum allowed value is 400.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPhotos(
        self,
        *,
        group_id: Any,
        tags: Any = ...,
        user_id: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns a list of pool photos for a given group, based on the permissions of the group
        and the user logged in (if any).

        Arguments:
            group_id (required): The id of the group who's pool you which to get the photo list
                for.
            tags (optional): A tag to filter the pool with. At the moment only one tag at a time
                is supported.
            user_id (optional): The nsid of a user. Specifiying this parameter will retrieve for
                you only those photos that the user has contributed to the group pool.
            extras (optional): A comma-delimited list of extra information to fetch for each
                returned record. Currently supported fields are: description, license,
                date_upload, date_taken, owner_name, icon_server, original_format, last_update,
                geo, tags, machine_tags, o_dims, views, media, path_alias, url_sq, url_t, url_s,
                url_q, url_m, url_n, url_z, url_c, url_l, url_o
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Group not found: The group id passed was not a valid group id.
            2 You don't have permission to view this pool: The logged in user (if any) does not
                have permission to view the pool for this group.
            3 Unknown user: The user specified by user_id does not exist.
            4 Group/pool is member only:
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def remove(
        self,
        *,
        photo_id: Any,
        group_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Remove a photo from a group pool.

        Arguments:
            photo_id (required): The id of the photo to remove from the group pool. The photo
                must either be owned by the calling user of the calling user must be an
                administrator of the group.
            group_id (required): The NSID of the group who's pool the photo is to removed from.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Group not found: The group_id passed did not refer to a valid group.
            2 Photo not in pool: The photo_id passed was not a valid id of a photo in the group
                pool.
            3 Insufficient permission to remove photo: The calling user doesn't own the photo
                and is not an administrator of the group, so may not remove the photo from the
                pool.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Interestingness:
    def getList(
        self,
        *,
        date: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns the list of interesting photos for the most recent day or a user-specified date.

        Arguments:
            date (optional): A specific date, formatted as YYYY-MM-DD, to return interesting
                photos for.
            extras (optional): A comma-delimited list of extra information to fetch for each
                returned record. Currently supported fields are: description, license,
                date_upload, date_taken, owner_name, icon_server, original_format, last_update,
                geo, tags, machine_tags, o_dims, views, media, path_alias, url_sq, url_t, url_s,
                url_q, url_m, url_n, url_z, url_c, url_l, url_o
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Not a valid date string: The date string passed did not validate. All dates must
                be formatted : YYYY-MM-DD
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Machinetags:
    def getNamespaces(
        self,
        *,
        predicate: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return a list of unique namespaces, optionally limited by a given predicate, in
        alphabetical order.

        "Usage" gives you roughly how popular a machine tags, while "predicates" is the count of
        distinct predicates a namespace has.

        Arguments:
            predicate (optional): Limit the list of namespaces returned to those that have the
                following predicate.
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Not a valid predicate: Missing or invalid predicate argument.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPairs(
        self,
        *,
        namespace: Any = ...,
        predicate: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return a list of unique namespace and predicate pairs, optionally limited by predicate
        or namespace, in alphabetical order.

        Arguments:
            namespace (optional): Limit the list of pairs returned to those that have the
                following namespace.
            predicate (optional): Limit the list of pairs returned to those that have the
                following predicate.
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Not a valid namespace: Missing or invalid namespace argument.
            2 Not a valid predicate: Missing or invalid predicate argument.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPredicates(
        self,
        *,
        namespace: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return a list of unique predicates, optionally limited by a given namespace.

        Arguments:
            namespace (optional): Limit the list of predicates returned to those that have the
                following namespace.
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Not a valid namespace: Missing or invalid namespace argument.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getRecentValues(
        self,
        *,
        namespace: Any = ...,
        predicate: Any = ...,
        added_since: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Fetch recently used (or created) machine tags values.

        Arguments:
            namespace (optional): A namespace that all values should be restricted to.
            predicate (optional): A predicate that all values should be restricted to.
            added_since (optional): Only return machine tags values that have been added since
                this timestamp, in epoch seconds.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getValues(
        self,
        *,
        namespace: Any,
        predicate: Any,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return a list of unique values for a namespace and predicate.

        Arguments:
            namespace (required): The namespace that all values should be restricted to.
            predicate (required): The predicate that all values should be restricted to.
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Not a valid namespace: Missing or invalid namespace argument.
            2 Not a valid predicate: Missing or invalid predicate argument.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Panda:
    def getList(
        self,
        *,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return a list of Flickr pandas, from whom you can request photos using the
        flickr.panda.getPhotos API method.

        More information about the pandas can be found on the dev blog.

        Arguments: none.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPhotos(
        self,
        *,
        panda_name: Any,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Ask the Flickr Pandas for a list of recent public (and "safe") photos.

        More information about the pandas can be found on the dev blog.

        When calling this API method please ensure that your code uses the lastupdate and
        interval attributes to determine when to request new photos. lastupdate is a Unix
        timestamp indicating when the list of photos was generated and interval is the number of
        seconds to wait before polling the Flickr API again.

        Arguments:
            panda_name (required): The name of the panda to ask for photos from. There are
                currently three pandas named:
                - ling ling
                - hsing hsing
                - wang wang

                You can fetch a list of all the current pandas using the flickr.panda.getList
                API method.
            extras (optional): A comma-delimited list of extra information to fetch for each
                returned record. Currently supported fields are: description, license,
                date_upload, date_taken, owner_name, icon_server, original_format, last_update,
                geo, tags, machine_tags, o_dims, views, media, path_alias, url_sq, url_t, url_s,
                url_q, url_m, url_n, url_z, url_c, url_l, url_o
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Required parameter missing: One or more required parameters was not included with
                your request.
            2 Unknown panda: You requested a panda we haven't met yet.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _People:
    def findByEmail(
        self,
        *,
        find_email: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return a user's NSID, given their email address

        Arguments:
            find_email (required): The email address of the user to find (may be primary or
                secondary).

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 User not found: No user with the supplied email address was found.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def findByUsername(
        self,
        *,
        username: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return a user's NSID, given their username.

        Arguments:
            username (required): The username of the user to lookup.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 User not found: No user with the supplied username was found.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getGroups(
        self,
        *,
        user_id: Any,
        extras: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns the list of groups a user is a member of.

        The admin attribute indicates whether the user is an administrator of the group. The
        eighteenplus attribute indicates if the group is visible to members over 18 only. The
        invite_only attribute indicates whether a user can join the group without administrator
        approval.

        Arguments:
            user_id (required): The NSID of the user to fetch groups for.
            extras (optional): A comma-delimited list of extra information to fetch for each
                returned record. Currently supported fields are: privacy, throttle, restrictions

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 User not found: The user id passed did not match a Flickr user.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getInfo(
        self,
        *,
        user_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get information about a user.

        The firstdate element contains the unix timestamp of the first photo uploaded by the
        user. The firstdatetaken element contains the mysql datetime of the first photo taken by
        the user.

        The iconserver element is used to build the url to the users' buddyicon - for more
        information please read the buddyicon guide.

        If the API call is authenticated contact information will also be returned as attributes
        on the person element. contact, friend, and family are boolean flags describing the
        relationship between the authenticated user, and the person currently being inspected.
        revcontact, revfriend, and revfamily is the reciprocal relationship.

        Arguments:
            user_id (required): The NSID of the user to fetch information about.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 User not found: The user id passed did not match a Flickr user.
            5 User deleted: Observed in a real Flickr response
                (Flickr-Foundation/flickr-photos-api test cassettes, 2023-2025); not in the
                reflection data.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getLimits(
        self,
        *,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns the photo and video limits that apply to the calling user account.

        - photos/@maxdisplaypx: maximum size in pixels for photos displayed on the site (0 means
        that no limit is in place). No limit is placed on the dimension of photos uploaded.
        - photos/@maxupload: maximum file size in bytes for photo uploads.
        - videos/@maxduration: maximum duration in seconds of a video.
        - videos/@maxupload: maximum file size in bytes for video uploads.

        For more details, see the documentation about limits.

        Arguments: none.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPhotos(
        self,
        *,
        user_id: Any,
        safe_search: Any = ...,
        min_upload_date: Any = ...,
        max_upload_date: Any = ...,
        min_taken_date: Any = ...,
        max_taken_date: Any = ...,
        content_types: Any = ...,
        privacy_filter: Any = ...,
        content_type: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return photos from the given user's photostream. Only photos visible to the calling user
        will be returned. This method must be authenticated; to return public photos for a user,
        use flickr.people.getPublicPhotos.

        Arguments:
            user_id (required): The NSID of the user who's photos to return. A value of "me"
                will return the calling user's photos.
            safe_search (optional): Safe search setting:
                - 1 for safe.
                - 2 for moderate.
                - 3 for restricted.

                (Please note: Un-authed calls can only see Safe content.)
            min_upload_date (optional): Minimum upload date. Photos with an upload date greater
                than or equal to this value will be returned. The date should be in the form of
                a unix timestamp.
            max_upload_date (optional): Maximum upload date. Photos with an upload date less
                than or equal to this value will be returned. The date should be in the form of
                a unix timestamp.
            min_taken_date (optional): Minimum taken date. Photos with an taken date greater
                than or equal to this value will be returned. The date should be in the form of
                a mysql datetime.
            max_taken_date (optional): Maximum taken date. Photos with an taken date less than
                or equal to this value will be returned. The date should be in the form of a
                mysql datetime.
            content_types (optional): Comma-separated list of content types to return:
                - 0 for photos.
                - 1 for screenshots.
                - 2 for 'other'.
                - 3 for virtual photos.
            privacy_filter (optional): Return photos only matching a certain privacy level. This
                only applies when making an authenticated call to view photos you own. Valid
                values are:
                - 1 public photos
                - 2 private photos visible to friends
                - 3 private photos visible to family
                - 4 private photos visible to friends & family
                - 5 completely private photos
            content_type (optional): DEPRECATED. Use content_types instead.

                Content Type setting:
                - 1 for photos only.
                - 2 for screenshots only.
                - 3 for 'other' only.
                - 4 for photos and screenshots.
                - 5 for screenshots and 'other'.
                - 6 for photos and 'other'.
                - 7 for photos, screenshots, and 'other' (all).
            extras (optional): A comma-delimited list of extra information to fetch for each
                returned record. Currently supported fields are: description, license,
                date_upload, date_taken, owner_name, icon_server, original_format, last_update,
                geo, tags, machine_tags, o_dims, views, media, path_alias, url_sq, url_t, url_s,
                url_q, url_m, url_n, url_z, url_c, url_l, url_o
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Required arguments missing:
            2 Unknown user: A user_id was passed which did not match a valid flickr user.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPhotosOf(
        self,
        *,
        user_id: Any,
        owner_id: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns a list of photos containing a particular Flickr member.

        This method returns a variant of the standard photo list xml.

        For queries about a member other than the currently authenticated one, pagination data
        ("total" and "pages" attributes) will not be available.

        Instead, the element will contain a boolean value 'has_next_page' which will tell you
        whether or not there are more photos to fetch.

        Arguments:
            user_id (required): The NSID of the user you want to find photos of. A value of "me"
                will search against photos of the calling user, for authenticated calls.
            owner_id (optional): An NSID of a Flickr member. This will restrict the list of
                photos to those taken by that member.
            extras (optional): A comma-delimited list of extra information to fetch for each
                returned record. Currently supported fields are: description, license,
                date_upload, date_taken, date_person_added, owner_name, icon_server,
                original_format, last_update, geo, tags, machine_tags, o_dims, views, media,
                path_alias, url_sq, url_t, url_s, url_q, url_m, url_n, url_z, url_c, url_l,
                url_o
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 User not found: A user_id was passed which did not match a valid flickr user.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPublicGroups(
        self,
        *,
        user_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns the list of public groups a user is a member of.

        The admin attribute indicates whether the user is an administrator of the group. The
        eighteenplus attribute indicates if the group is visible to members over 18 only. The
        invite_only attribute indicates whether a user can join the group without administrator
        approval.

        Arguments:
            user_id (required): The NSID of the user to fetch groups for.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 User not found: The user id passed did not match a Flickr user.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPublicPhotos(
        self,
        *,
        user_id: Any,
        safe_search: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get a list of public photos for the given user.

        Arguments:
            user_id (required): The NSID of the user who's photos to return.
            safe_search (optional): Safe search setting:
                - 1 for safe.
                - 2 for moderate.
                - 3 for restricted.

                (Please note: Un-authed calls can only see Safe content.)
            extras (optional): A comma-delimited list of extra information to fetch for each
                returned record. Currently supported fields are: description, license,
                date_upload, date_taken, owner_name, icon_server, original_format, last_update,
                geo, tags, machine_tags, o_dims, views, media, path_alias, url_sq, url_t, url_s,
                url_q, url_m, url_n, url_z, url_c, url_l, url_o
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 User not found: The user NSID passed was not a valid user NSID.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getUploadStatus(
        self,
        *,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns information for the calling user related to photo uploads.

        Bandwidth and filesize numbers are provided in bytes and kilobytes. If you're using
        32bit numbers, stick to using the kilobyte values - they shouldn't ever exceed 2/4
        billion, while the byte values will.

        Bandwidth is specified in bytes/kb per month.

        All accounts display "lots" for the number of remaining sets, but remains in the
        response for backwards compatibility.

        Pro accounts display "lots" for the number of remaining videos, while free users will
        display 0, 1, or 2.

        Arguments: none.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Photos:
    def addTags(
        self,
        *,
        photo_id: Any,
        tags: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Add tags to a photo.

        Arguments:
            photo_id (required): The id of the photo to add tags to.
            tags (required): The tags to add to the photo.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id passed was not the id of a photo that the calling
                user can add tags to. It could be an invalid id, or the user may not have
                permission to add tags to it.
            2 Maximum number of tags reached: The maximum number of tags for the photo has been
                reached - no more tags can be added. If the current count is less than the
                maximum, but adding all of the tags for this request would go over the limit,
                the whole request is ignored. I.E. when you get this message, none of the
                requested tags have been added.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    comments: _Photos_Comments
    def delete(
        self,
        *,
        photo_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Delete a photo from flickr.

        Arguments:
            photo_id (required): The id of the photo to delete.

        Permission: delete (a user token with delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id was not the id of a photo belonging to the calling
                user.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    geo: _Photos_Geo
    def getAllContexts(
        self,
        *,
        photo_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns all visible sets and pools the photo belongs to.

        Arguments:
            photo_id (required): The photo to return information for.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id passed was not the id of a valid photo.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getContactsPhotos(
        self,
        *,
        count: Any = ...,
        just_friends: Any = ...,
        single_photo: Any = ...,
        include_self: Any = ...,
        extras: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Fetch a list of recent photos from the calling users' contacts.

        Arguments:
            count (optional): Number of photos to return. Defaults to 10, maximum 50. This is
                only used if single_photo is not passed.
            just_friends (optional): set as 1 to only show photos from friends and family
                (excluding regular contacts).
            single_photo (optional): Only fetch one photo (the latest) per contact, instead of
                all photos in chronological order.
            include_self (optional): Set to 1 to include photos from the calling user.
            extras (optional): A comma-delimited list of extra information to fetch for each
                returned record. Currently supported fields include: license, date_upload,
                date_taken, owner_name, icon_server, original_format, last_update. For more
                information see extras under flickr.photos.search.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getContactsPublicPhotos(
        self,
        *,
        user_id: Any,
        count: Any = ...,
        just_friends: Any = ...,
        single_photo: Any = ...,
        include_self: Any = ...,
        extras: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Fetch a list of recent public photos from a users' contacts.

        Arguments:
            user_id (required): The NSID of the user to fetch photos for.
            count (optional): Number of photos to return. Defaults to 10, maximum 50. This is
                only used if single_photo is not passed.
            just_friends (optional): set as 1 to only show photos from friends and family
                (excluding regular contacts).
            single_photo (optional): Only fetch one photo (the latest) per contact, instead of
                all photos in chronological order.
            include_self (optional): Set to 1 to include photos from the user specified by
                user_id.
            extras (optional): A comma-delimited list of extra information to fetch for each
                returned record. Currently supported fields are: license, date_upload,
                date_taken, owner_name, icon_server, original_format, last_update.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 User not found: The user NSID passed was not a valid user NSID.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getContext(
        self,
        *,
        photo_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns next and previous photos for a photo in a photostream.

        When either the previous of next photo is unavailable, the element is still returned,
        but contains id="0"

        Arguments:
            photo_id (required): The id of the photo to fetch the context for.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id passed was not a valid photo id, or was the id of a
                photo that the calling user does not have permission to view.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getCounts(
        self,
        *,
        dates: Any = ...,
        taken_dates: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Gets a list of photo counts for the given date ranges for the calling user.

        Arguments:
            dates (optional): A comma delimited list of unix timestamps, denoting the periods to
                return counts for. They should be specified smallest first.
            taken_dates (optional): A comma delimited list of mysql datetimes, denoting the
                periods to return counts for. They should be specified smallest first.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 No dates specified: Neither dates nor taken_dates were specified.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getExif(
        self,
        *,
        photo_id: Any,
        secret: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Retrieves a list of EXIF/TIFF/GPS tags for a given photo. The calling user must have
        permission to view the photo.

        The <clean> element contains a pretty-formatted version of the tag where availabale.

        Arguments:
            photo_id (required): The id of the photo to fetch information for.
            secret (optional): The secret for the photo. If the correct secret is passed then
                permissions checking is skipped. This enables the 'sharing' of individual photos
                by passing around the id and secret.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id was either invalid or was for a photo not viewable
                by the calling user.
            2 Permission denied: The owner of the photo does not want to share EXIF data.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getFavorites(
        self,
        *,
        photo_id: Any,
        page: Any = ...,
        per_page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns the list of people who have favorited a given photo.

        Arguments:
            photo_id (required): The ID of the photo to fetch the favoriters list for.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.
            per_page (optional): Number of usres to return per page. If this argument is
                omitted, it defaults to 10. The maximum allowed value is 50.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Photo not found: The specified photo does not exist, or the calling user does not
                have permission to view it.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getInfo(
        self,
        *,
        photo_id: Any,
        secret: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get information about a photo. The calling user must have permission to view the photo.

        The <permissions> element is only returned for photos owned by the calling user. The
        isfavorite attribute only makes sense for logged in users who don't own the photo. The
        rotation attribute is the current clockwise rotation, in degrees, by which the smaller
        image sizes differ from the original image.

        The <date> element's lastupdate attribute is a Unix timestamp indicating the last time
        the photo, or any of its metadata (tags, comments, etc.) was modified.

        Arguments:
            photo_id (required): The id of the photo to get information for.
            secret (optional): The secret for the photo. If the correct secret is passed then
                permissions checking is skipped. This enables the 'sharing' of individual photos
                by passing around the id and secret.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id was either invalid or was for a photo not viewable
                by the calling user.
            2 Photo is private: Observed in a real Flickr response
                (Flickr-Foundation/flickr-photos-api test cassettes, 2023-2025); not in the
                reflection data.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getNotInSet(
        self,
        *,
        max_upload_date: Any = ...,
        min_taken_date: Any = ...,
        max_taken_date: Any = ...,
        privacy_filter: Any = ...,
        media: Any = ...,
        min_upload_date: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns a list of your photos that are not part of any sets.

        Arguments:
            max_upload_date (optional): Maximum upload date. Photos with an upload date less
                than or equal to this value will be returned. The date can be in the form of a
                unix timestamp or mysql datetime.
            min_taken_date (optional): Minimum taken date. Photos with an taken date greater
                than or equal to this value will be returned. The date can be in the form of a
                mysql datetime or unix timestamp.
            max_taken_date (optional): Maximum taken date. Photos with an taken date less than
                or equal to this value will be returned. The date can be in the form of a mysql
                datetime or unix timestamp.
            privacy_filter (optional): Return photos only matching a certain privacy level.
                Valid values are:
                - 1 public photos
                - 2 private photos visible to friends
                - 3 private photos visible to family
                - 4 private photos visible to friends & family
                - 5 completely private photos
            media (optional): Filter results by media type. Possible values are all (default),
                photos or videos
            min_upload_date (optional): Minimum upload date. Photos with an upload date greater
                than or equal to this value will be returned. The date can be in the form of a
                unix timestamp or mysql datetime.
            extras (optional): A comma-delimited list of extra information to fetch for each
                returned record. Currently supported fields are: description, license,
                date_upload, date_taken, owner_name, icon_server, original_format, last_update,
                geo, tags, machine_tags, o_dims, views, media, path_alias, url_sq, url_t, url_s,
                url_q, url_m, url_n, url_z, url_c, url_l, url_o
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPerms(
        self,
        *,
        photo_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get permissions for a photo.

        Arguments:
            photo_id (required): The id of the photo to get permissions for.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id passed was not a valid photo id of a photo belonging
                to the calling user.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPopular(
        self,
        *,
        user_id: Any = ...,
        sort: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns a list of popular photos

        Arguments:
            user_id (optional): The NSID of the user to get a galleries list for. If none is
                specified, the calling user is assumed.
            sort (optional): The sort order. One of faves, views, comments or interesting.
                Defaults to interesting.
            extras (optional): A comma-delimited list of extra information to fetch for each
                returned record. Currently supported fields are: description, license,
                date_upload, date_taken, owner_name, icon_server, original_format, last_update,
                geo, tags, machine_tags, o_dims, views, media, path_alias, url_sq, url_t, url_s,
                url_q, url_m, url_n, url_z, url_c, url_l, url_o
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getRecent(
        self,
        *,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns a list of the latest public photos uploaded to flickr.

        Arguments:
            extras (optional): A comma-delimited list of extra information to fetch for each
                returned record. Currently supported fields are: description, license,
                date_upload, date_taken, owner_name, icon_server, original_format, last_update,
                geo, tags, machine_tags, o_dims, views, media, path_alias, url_sq, url_t, url_s,
                url_q, url_m, url_n, url_z, url_c, url_l, url_o
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 bad value for jump_to, must be valid photo id:
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getSizes(
        self,
        *,
        photo_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns the available sizes for a photo. The calling user must have permission to view
        the photo.

        Arguments:
            photo_id (required): The id of the photo to fetch size information for.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id passed was not a valid photo id.
            2 Permission denied: The calling user does not have permission to view the photo.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getUntagged(
        self,
        *,
        min_upload_date: Any = ...,
        max_upload_date: Any = ...,
        min_taken_date: Any = ...,
        max_taken_date: Any = ...,
        privacy_filter: Any = ...,
        media: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns a list of your photos with no tags.

        Arguments:
            min_upload_date (optional): Minimum upload date. Photos with an upload date greater
                than or equal to this value will be returned. The date can be in the form of a
                unix timestamp or mysql datetime.
            max_upload_date (optional): Maximum upload date. Photos with an upload date less
                than or equal to this value will be returned. The date can be in the form of a
                unix timestamp or mysql datetime.
            min_taken_date (optional): Minimum taken date. Photos with an taken date greater
                than or equal to this value will be returned. The date should be in the form of
                a mysql datetime or unix timestamp.
            max_taken_date (optional): Maximum taken date. Photos with an taken date less than
                or equal to this value will be returned. The date can be in the form of a mysql
                datetime or unix timestamp.
            privacy_filter (optional): Return photos only matching a certain privacy level.
                Valid values are:
                - 1 public photos
                - 2 private photos visible to friends
                - 3 private photos visible to family
                - 4 private photos visible to friends & family
                - 5 completely private photos
            media (optional): Filter results by media type. Possible values are all (default),
                photos or videos
            extras (optional): A comma-delimited list of extra information to fetch for each
                returned record. Currently supported fields are: description, license,
                date_upload, date_taken, owner_name, icon_server, original_format, last_update,
                geo, tags, machine_tags, o_dims, views, media, path_alias, url_sq, url_t, url_s,
                url_q, url_m, url_n, url_z, url_c, url_l, url_o
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getWithGeoData(
        self,
        *,
        min_upload_date: Any = ...,
        max_upload_date: Any = ...,
        min_taken_date: Any = ...,
        max_taken_date: Any = ...,
        privacy_filter: Any = ...,
        sort: Any = ...,
        media: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns a list of your geo-tagged photos.

        Arguments:
            min_upload_date (optional): Minimum upload date. Photos with an upload date greater
                than or equal to this value will be returned. The date should be in the form of
                a unix timestamp.
            max_upload_date (optional): Maximum upload date. Photos with an upload date less
                than or equal to this value will be returned. The date should be in the form of
                a unix timestamp.
            min_taken_date (optional): Minimum taken date. Photos with an taken date greater
                than or equal to this value will be returned. The date should be in the form of
                a mysql datetime.
            max_taken_date (optional): Maximum taken date. Photos with an taken date less than
                or equal to this value will be returned. The date should be in the form of a
                mysql datetime.
            privacy_filter (optional): Return photos only matching a certain privacy level.
                Valid values are:
                - 1 public photos
                - 2 private photos visible to friends
                - 3 private photos visible to family
                - 4 private photos visible to friends & family
                - 5 completely private photos
            sort (optional): The order in which to sort returned photos. Defaults to
                date-posted-desc. The possible values are: date-posted-asc, date-posted-desc,
                date-taken-asc, date-taken-desc, interestingness-desc, and interestingness-asc.
            media (optional): Filter results by media type. Possible values are all (default),
                photos or videos
            extras (optional): A comma-delimited list of extra information to fetch for each
                returned record. Currently supported fields are: description, license,
                date_upload, date_taken, owner_name, icon_server, original_format, last_update,
                geo, tags, machine_tags, o_dims, views, media, path_alias, url_sq, url_t, url_s,
                url_q, url_m, url_n, url_z, url_c, url_l, url_o
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getWithoutGeoData(
        self,
        *,
        max_upload_date: Any = ...,
        min_taken_date: Any = ...,
        max_taken_date: Any = ...,
        privacy_filter: Any = ...,
        sort: Any = ...,
        media: Any = ...,
        min_upload_date: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns a list of your photos which haven't been geo-tagged.

        Arguments:
            max_upload_date (optional): Maximum upload date. Photos with an upload date less
                than or equal to this value will be returned. The date should be in the form of
                a unix timestamp.
            min_taken_date (optional): Minimum taken date. Photos with an taken date greater
                than or equal to this value will be returned. The date can be in the form of a
                mysql datetime or unix timestamp.
            max_taken_date (optional): Maximum taken date. Photos with an taken date less than
                or equal to this value will be returned. The date can be in the form of a mysql
                datetime or unix timestamp.
            privacy_filter (optional): Return photos only matching a certain privacy level.
                Valid values are:
                - 1 public photos
                - 2 private photos visible to friends
                - 3 private photos visible to family
                - 4 private photos visible to friends & family
                - 5 completely private photos
            sort (optional): The order in which to sort returned photos. Defaults to
                date-posted-desc. The possible values are: date-posted-asc, date-posted-desc,
                date-taken-asc, date-taken-desc, interestingness-desc, and interestingness-asc.
            media (optional): Filter results by media type. Possible values are all (default),
                photos or videos
            min_upload_date (optional): Minimum upload date. Photos with an upload date greater
                than or equal to this value will be returned. The date can be in the form of a
                unix timestamp or mysql datetime.
            extras (optional): A comma-delimited list of extra information to fetch for each
                returned record. Currently supported fields are: description, license,
                date_upload, date_taken, owner_name, icon_server, original_format, last_update,
                geo, tags, machine_tags, o_dims, views, media, path_alias, url_sq, url_t, url_s,
                url_q, url_m, url_n, url_z, url_c, url_l, url_o
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    licenses: _Photos_Licenses
    notes: _Photos_Notes
    people: _Photos_People
    def recentlyUpdated(
        self,
        *,
        min_date: Any,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return a list of your photos that have been recently created or which have been recently
        modified.

        Recently modified may mean that the photo's metadata (title, description, tags) may have
        been changed or a comment has been added (or just modified somehow :-)

        Photos are sorted by their date updated timestamp, in descending order.

        Arguments:
            min_date (required): A Unix timestamp or any English textual datetime description
                indicating the date from which modifications should be compared.
            extras (optional): A comma-delimited list of extra information to fetch for each
                returned record. Currently supported fields are: description, license,
                date_upload, date_taken, owner_name, icon_server, original_format, last_update,
                geo, tags, machine_tags, o_dims, views, media, path_alias, url_sq, url_t, url_s,
                url_q, url_m, url_n, url_z, url_c, url_l, url_o
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 Required argument missing: Some or all of the required arguments were not
                supplied.
            2 Not a valid date: The date argument did not pass validation.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def removeTag(
        self,
        *,
        tag_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Remove a tag from a photo.

        Arguments:
            tag_id (required): The tag to remove from the photo. This parameter should contain a
                tag id, as returned by flickr.photos.getInfo.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Tag not found: The calling user doesn't have permission to delete the specified
                tag. This could mean it belongs to someone else, or doesn't exist.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def search(
        self,
        *,
        user_id: Any = ...,
        tags: Any = ...,
        tag_mode: Any = ...,
        text: Any = ...,
        min_upload_date: Any = ...,
        max_upload_date: Any = ...,
        min_taken_date: Any = ...,
        max_taken_date: Any = ...,
        license: Any = ...,
        sort: Any = ...,
        privacy_filter: Any = ...,
        bbox: Any = ...,
        accuracy: Any = ...,
        safe_search: Any = ...,
        content_types: Any = ...,
        video_content_types: Any = ...,
        machine_tags: Any = ...,
        machine_tag_mode: Any = ...,
        group_id: Any = ...,
        contacts: Any = ...,
        woe_id: Any = ...,
        place_id: Any = ...,
        media: Any = ...,
        has_geo: Any = ...,
        geo_context: Any = ...,
        lat: Any = ...,
        lon: Any = ...,
        radius: Any = ...,
        radius_units: Any = ...,
        is_commons: Any = ...,
        in_gallery: Any = ...,
        is_getty: Any = ...,
        content_type: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return a list of photos matching some criteria. Only photos visible to the calling user
        will be returned. To return private or semi-private photos, the caller must be
        authenticated with 'read' permissions, and have permission to view the photos.
        Unauthenticated calls will only return public photos.

        Please note that Flickr will return at most the first 4,000 results for any given search
        query. If this is an issue, we recommend trying a more specific query.

        Arguments:
            user_id (optional): The NSID of the user who's photo to search. If this parameter
                isn't passed then everybody's public photos will be searched. A value of "me"
                will search against the calling user's photos for authenticated calls.
            tags (optional): A comma-delimited list of tags. Photos with one or more of the tags
                listed will be returned. You can exclude results that match a term by prepending
                it with a - character.
            tag_mode (optional): Either 'any' for an OR combination of tags, or 'all' for an AND
                combination. Defaults to 'any' if not specified.
            text (optional): A free text search. Photos who's title, description or tags contain
                the text will be returned. You can exclude results that match a term by
                prepending it with a - character.
            min_upload_date (optional): Minimum upload date. Photos with an upload date greater
                than or equal to this value will be returned. The date can be in the form of a
                unix timestamp or mysql datetime.
            max_upload_date (optional): Maximum upload date. Photos with an upload date less
                than or equal to this value will be returned. The date can be in the form of a
                unix timestamp or mysql datetime.
            min_taken_date (optional): Minimum taken date. Photos with an taken date greater
                than or equal to this value will be returned. The date can be in the form of a
                mysql datetime or unix timestamp.
            max_taken_date (optional): Maximum taken date. Photos with an taken date less than
                or equal to this value will be returned. The date can be in the form of a mysql
                datetime or unix timestamp.
            license (optional): The license id for photos (for possible values see the
                flickr.photos.licenses.getInfo method). Multiple licenses may be
                comma-separated.
            sort (optional): The order in which to sort returned photos. Defaults to
                date-posted-desc (unless you are doing a radial geo query, in which case the
                default sorting is by ascending distance from the point specified). The possible
                values are: date-posted-asc, date-posted-desc, date-taken-asc, date-taken-desc,
                interestingness-desc, interestingness-asc, and relevance.
            privacy_filter (optional): Return photos only matching a certain privacy level. This
                only applies when making an authenticated call to view photos you own. Valid
                values are:
                - 1 public photos
                - 2 private photos visible to friends
                - 3 private photos visible to family
                - 4 private photos visible to friends & family
                - 5 completely private photos
            bbox (optional): A comma-delimited list of 4 values defining the Bounding Box of the
                area that will be searched.

                The 4 values represent the bottom-left corner of the box and the top-right
                corner, minimum_longitude, minimum_latitude, maximum_longitude,
                maximum_latitude.

                Longitude has a range of -180 to 180 , latitude of -90 to 90. Defaults to -180,
                -90, 180, 90 if not specified.

                Unlike standard photo queries, geo (or bounding box) queries will only return
                250 results per page.

                Geo queries require some sort of limiting agent in order to prevent the database
                from crying. This is basically like the check against "parameterless searches"
                for queries without a geo component.

                A tag, for instance, is considered a limiting agent as are user defined
                min_date_taken and min_date_upload parameters — If no limiting factor is passed
                we return only photos added in the last 12 hours (though we may extend the limit
                in the future).
            accuracy (optional): Recorded accuracy level of the location information. Current
                range is 1-16 :
                - World level is 1
                - Country is ~3
                - Region is ~6
                - City is ~11
                - Street is ~16

                Defaults to maximum value if not specified.
            safe_search (optional): Safe search setting:
                - 1 for safe.
                - 2 for moderate.
                - 3 for restricted.

                (Please note: Un-authed calls can only see Safe content.)
            content_types (optional): Comma-separated list of content types to return. If used
                in conjunction with video_content_types, this is applied to only photos. If
                video_content_types is not specified, this filter will apply to all media types
                - 0 for photos.
                - 1 for screenshots.
                - 2 for 'other'.
                - 3 for virtual photos.
            video_content_types (optional): Comma-separated list of video content types to
                return. If specified without content_types, ensure that the media argument is
                not set to 'photos' or no results will be returned
                - 0 for videos.
                - 1 for Screencasts.
                - 2 for Animation/CGI.
                - 3 for Machinima.
            machine_tags (optional): Aside from passing in a fully formed machine tag, there is
                a special syntax for searching on specific properties :
                - Find photos using the 'dc' namespace : "machine_tags" => "dc:"
                - Find photos with a title in the 'dc' namespace : "machine_tags" => "dc:title="
                - Find photos titled "mr. camera" in the 'dc' namespace : "machine_tags" =>
                "dc:title=\\"mr. camera\\"
                - Find photos whose value is "mr. camera" : "machine_tags" => "*:*=\\"mr.
                camera\\""
                - Find photos that have a title, in any namespace : "machine_tags" => "*:title="
                - Find photos that have a title, in any namespace, whose value is "mr. camera" :
                "machine_tags" => "*:title=\\"mr. camera\\""
                - Find photos, in the 'dc' namespace whose value is "mr. camera" :
                "machine_tags" => "dc:*=\\"mr. camera\\""

                Multiple machine tags may be queried by passing a comma-separated list. The
                number of machine tags you can pass in a single query depends on the tag mode
                (AND or OR) that you are querying with. "AND" queries are limited to (16)
                machine tags. "OR" queries are limited to (8).
            machine_tag_mode (optional): Either 'any' for an OR combination of tags, or 'all'
                for an AND combination. Defaults to 'any' if not specified.
            group_id (optional): The id of a group who's pool to search. If specified, only
                matching photos posted to the group's pool will be returned.
            contacts (optional): Search your contacts. Either 'all' or 'ff' for just friends and
                family.
            woe_id (optional): A 32-bit identifier that uniquely represents spatial entities.
                (not used if bbox argument is present).

                Geo queries require some sort of limiting agent in order to prevent the database
                from crying. This is basically like the check against "parameterless searches"
                for queries without a geo component.

                A tag, for instance, is considered a limiting agent as are user defined
                min_date_taken and min_date_upload parameters — If no limiting factor is passed
                we return only photos added in the last 12 hours (though we may extend the limit
                in the future).
            place_id (optional): A Flickr place id. (not used if bbox argument is present).

                Geo queries require some sort of limiting agent in order to prevent the database
                from crying. This is basically like the check against "parameterless searches"
                for queries without a geo component.

                A tag, for instance, is considered a limiting agent as are user defined
                min_date_taken and min_date_upload parameters — If no limiting factor is passed
                we return only photos added in the last 12 hours (though we may extend the limit
                in the future).
            media (optional): Filter results by media type. Possible values are all (default),
                photos or videos
            has_geo (optional): Any photo that has been geotagged, or if the value is "0" any
                photo that has not been geotagged.

                Geo queries require some sort of limiting agent in order to prevent the database
                from crying. This is basically like the check against "parameterless searches"
                for queries without a geo component.

                A tag, for instance, is considered a limiting agent as are user defined
                min_date_taken and min_date_upload parameters — If no limiting factor is passed
                we return only photos added in the last 12 hours (though we may extend the limit
                in the future).
            geo_context (optional): Geo context is a numeric value representing the photo's
                geotagginess beyond latitude and longitude. For example, you may wish to search
                for photos that were taken "indoors" or "outdoors".

                The current list of context IDs is :
                - 0, not defined.
                - 1, indoors.
                - 2, outdoors.

                Geo queries require some sort of limiting agent in order to prevent the database
                from crying. This is basically like the check against "parameterless searches"
                for queries without a geo component.

                A tag, for instance, is considered a limiting agent as are user defined
                min_date_taken and min_date_upload parameters — If no limiting factor is passed
                we return only photos added in the last 12 hours (though we may extend the limit
                in the future).
            lat (optional): A valid latitude, in decimal format, for doing radial geo queries.

                Geo queries require some sort of limiting agent in order to prevent the database
                from crying. This is basically like the check against "parameterless searches"
                for queries without a geo component.

                A tag, for instance, is considered a limiting agent as are user defined
                min_date_taken and min_date_upload parameters — If no limiting factor is passed
                we return only photos added in the last 12 hours (though we may extend the limit
                in the future).
            lon (optional): A valid longitude, in decimal format, for doing radial geo queries.

                Geo queries require some sort of limiting agent in order to prevent the database
                from crying. This is basically like the check against "parameterless searches"
                for queries without a geo component.

                A tag, for instance, is considered a limiting agent as are user defined
                min_date_taken and min_date_upload parameters — If no limiting factor is passed
                we return only photos added in the last 12 hours (though we may extend the limit
                in the future).
            radius (optional): A valid radius used for geo queries, greater than zero and less
                than 20 miles (or 32 kilometers), for use with point-based geo queries. The
                default value is 5 (km).
            radius_units (optional): The unit of measure when doing radial geo queries. Valid
                options are "mi" (miles) and "km" (kilometers). The default is "km".
            is_commons (optional): Limit the scope of the search to only photos that are part of
                the Flickr Commons project. Default is false.
            in_gallery (optional): Limit the scope of the search to only photos that are in a
                gallery? Default is false, search all photos.
            is_getty (optional): Limit the scope of the search to only photos that are for sale
                on Getty. Default is false.
            content_type (optional): DEPRECATED. Use content_types instead.

                Content Type setting:
                - 1 for photos only.
                - 2 for screenshots only.
                - 3 for 'other' only.
                - 4 for photos and screenshots.
                - 5 for screenshots and 'other'.
                - 6 for photos and 'other'.
                - 7 for photos, screenshots, and 'other' (all).
            extras (optional): A comma-delimited list of extra information to fetch for each
                returned record. Currently supported fields are: description, license,
                date_upload, date_taken, owner_name, icon_server, original_format, last_update,
                geo, tags, machine_tags, o_dims, views, media, path_alias, url_sq, url_t, url_s,
                url_q, url_m, url_n, url_z, url_c, url_l, url_o
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Too many tags in ALL query: When performing an 'all tags' search, you may not
                specify more than 20 tags to join together.
            2 Unknown user: A user_id was passed which did not match a valid flickr user.
            3 Parameterless searches have been disabled: To perform a search with no parameters
                (to get the latest public photos, please use flickr.photos.getRecent instead).
            4 You don't have permission to view this pool: The logged in user (if any) does not
                have permission to view the pool for this group.
            10 Sorry, the Flickr search API is not currently available: The Flickr API search
                databases are temporarily unavailable.
            11 No valid machine tags: The query styntax for the machine_tags argument did not
                validate.
            12 Exceeded maximum allowable machine tags: The maximum number of machine tags in a
                single query was exceeded.
            13 jump_to not avaiable for this query: jump_to only supported for some query types.
            14 Bad value for jump_to: jump_to must be valid photo ID.
            15 Photo not found:
            16 You can only search within your own favorites:
            17 You can only search within your own contacts: The call tried to use the contacts
                parameter with no user ID or a user ID other than that of the authenticated
                user.
            18 Illogical arguments: The request contained contradictory arguments.
            20 Excessive photo offset in search: The search requested photos beyond an allowable
                offset. Reduce the page number or number of results per page for this search.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def setContentType(
        self,
        *,
        photo_id: Any,
        content_type: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Set the content type of a photo.

        Arguments:
            photo_id (required): The id of the photo to set the content type of.
            content_type (required): The content type of the photo. Must be one of: 1 for Photo,
                2 for Screenshot, 3 for Other, 4 for Virtual Photography

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id passed was not a valid photo id of a photo belonging
                to the calling user.
            2 Required arguments missing: Some or all of the required arguments were not
                supplied.
            3 Change not allowed: Changing the content type of this photo is not allowed.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def setDates(
        self,
        *,
        photo_id: Any,
        date_posted: Any = ...,
        date_taken: Any = ...,
        date_taken_granularity: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Set one or both of the dates for a photo.

        Arguments:
            photo_id (required): The id of the photo to edit dates for.
            date_posted (optional): The date the photo was uploaded to flickr (see the dates
                documentation)
            date_taken (optional): The date the photo was taken (see the dates documentation)
            date_taken_granularity (optional): The granularity of the date the photo was taken
                (see the dates documentation)

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id was not the id of a valid photo belonging to the
                calling user.
            2 Not enough arguments: No dates were specified to be changed.
            3 Invalid granularity: The value passed for 'granularity' was not a valid flickr
                date granularity.
            4 Invalid date_posted: The date posted is invalid, its in the past.
            5 Invalid Date Taken Format: The date taken is not in the format that we support.
            6 Invalid Date Taken: The date taken passed is invalid. It may be in the future or
                way in the past.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def setMeta(
        self,
        *,
        photo_id: Any,
        title: Any = ...,
        description: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Set the meta information for a photo.

        Arguments:
            photo_id (required): The id of the photo to set information for.
            title (optional): The title for the photo. At least one of title or description must
                be set.
            description (optional): The description for the photo. At least one of title or
                description must be set.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id passed was not the id of a photo belonging to the
                calling user. It might be an invalid id, or the photo might be owned by another
                user.
            2 At least one of title or description must be set: Since title and description is
                now optional, at least one of them must be sent.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def setPerms(
        self,
        *,
        photo_id: Any,
        is_public: Any,
        is_friend: Any,
        is_family: Any,
        perm_comment: Any = ...,
        perm_addmeta: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Set permissions for a photo.

        Arguments:
            photo_id (required): The id of the photo to set permissions for.
            is_public (required): 1 to set the photo to public, 0 to set it to private.
            is_friend (required): 1 to make the photo visible to friends when private, 0 to not.
            is_family (required): 1 to make the photo visible to family when private, 0 to not.
            perm_comment (optional): who can add comments to the photo and it's notes. one of:

                0: nobody

                1: friends & family

                2: contacts

                3: everybody
            perm_addmeta (optional): who can add notes and tags to the photo. one of:

                0: nobody / just the owner

                1: friends & family

                2: contacts

                3: everybody

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id passed was not a valid photo id of a photo belonging
                to the calling user.
            2 Required arguments missing: Some or all of the required arguments were not
                supplied.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def setSafetyLevel(
        self,
        *,
        photo_id: Any,
        safety_level: Any = ...,
        hidden: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Set the safety level of a photo.

        Arguments:
            photo_id (required): The id of the photo to set the adultness of.
            safety_level (optional): The safety level of the photo. Must be one of:

                1 for Safe, 2 for Moderate, and 3 for Restricted.
            hidden (optional): Whether or not to additionally hide the photo from public
                searches. Must be either 1 for Yes or 0 for No.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id passed was not a valid photo id of a photo belonging
                to the calling user.
            2 Invalid or missing arguments: Neither a valid safety level nor a hidden value were
                passed.
            3 Change not allowed: Changing the safety level of this photo is not allowed.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def setTags(
        self,
        *,
        photo_id: Any,
        tags: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Set the tags for a photo.

        Arguments:
            photo_id (required): The id of the photo to set tags for.
            tags (required): All tags for the photo (as a single space-delimited string).

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id passed was not the id of a photo belonging to the
                calling user. It might be an invalid id, or the photo might be owned by another
                user.
            2 Maximum number of tags reached: The number of tags specified exceeds the limit for
                the photo. No tags were modified.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    suggestions: _Photos_Suggestions
    transform: _Photos_Transform
    upload: _Photos_Upload

class _Photos_Comments:
    def addComment(
        self,
        *,
        photo_id: Any,
        comment_text: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Add comment to a photo as the currently authenticated user.

        Arguments:
            photo_id (required): The id of the photo to add a comment to.
            comment_text (required): Text of the comment

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id passed was not a valid photo id
            8 Blank comment: Comment text can not be blank
            9 User is posting comments too fast: The user has reached the limit for number of
                comments posted during a specific time period. Wait a bit and try again.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def deleteComment(
        self,
        *,
        comment_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Delete a comment as the currently authenticated user.

        Arguments:
            comment_id (required): The id of the comment to edit.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photo not found: The requested comment is against a photo which no longer exists.
            2 Comment not found: The comment id passed was not a valid comment id
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def editComment(
        self,
        *,
        comment_id: Any,
        comment_text: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Edit the text of a comment as the currently authenticated user.

        Arguments:
            comment_id (required): The id of the comment to edit.
            comment_text (required): Update the comment to this text.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photo not found: The requested comment is against a photo which no longer exists.
            2 Comment not found: The comment id passed was not a valid comment id
            8 Blank comment: Comment text can not be blank
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getList(
        self,
        *,
        photo_id: Any,
        min_comment_date: Any = ...,
        max_comment_date: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns the comments for a photo

        Arguments:
            photo_id (required): The id of the photo to fetch comments for.
            min_comment_date (optional): Minimum date that a a comment was added. The date
                should be in the form of a unix timestamp.
            max_comment_date (optional): Maximum date that a comment was added. The date should
                be in the form of a unix timestamp.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id was either invalid or was for a photo not viewable
                by the calling user.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getRecentForContacts(
        self,
        *,
        date_lastcomment: Any = ...,
        contacts_filter: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return the list of photos belonging to your contacts that have been commented on
        recently.

        Arguments:
            date_lastcomment (optional): Limits the resultset to photos that have been commented
                on since this date. The date should be in the form of a Unix timestamp.

                The default, and maximum, offset is (1) hour.
            contacts_filter (optional): A comma-separated list of contact NSIDs to limit the
                scope of the query to.
            extras (optional): A comma-delimited list of extra information to fetch for each
                returned record. Currently supported fields are: description, license,
                date_upload, date_taken, owner_name, icon_server, original_format, last_update,
                geo, tags, machine_tags, o_dims, views, media, path_alias, url_sq, url_t, url_s,
                url_q, url_m, url_n, url_z, url_c, url_l, url_o
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Photos_Geo:
    def batchCorrectLocation(
        self,
        *,
        lat: Any,
        lon: Any,
        accuracy: Any,
        place_id: Any = ...,
        woe_id: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Correct the places hierarchy for all the photos for a user at a given latitude,
        longitude and accuracy.

        Batch corrections are processed in a delayed queue so it may take a few minutes before
        the changes are reflected in a user's photos.

        Arguments:
            lat (required): The latitude of the photos to be update whose valid range is -90 to
                90. Anything more than 6 decimal places will be truncated.
            lon (required): The longitude of the photos to be updated whose valid range is -180
                to 180. Anything more than 6 decimal places will be truncated.
            accuracy (required): Recorded accuracy level of the photos to be updated. World
                level is 1, Country is ~3, Region ~6, City ~11, Street ~16. Current range is
                1-16. Defaults to 16 if not specified.
            place_id (optional): A Flickr Places ID. (While optional, you must pass either a
                valid Places ID or a WOE ID.)
            woe_id (optional): A Where On Earth (WOE) ID. (While optional, you must pass either
                a valid Places ID or a WOE ID.)

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Required arguments missing: Some or all of the required arguments were not
                supplied.
            2 Not a valid latitude: The latitude argument failed validation.
            3 Not a valid longitude: The longitude argument failed validation.
            4 Not a valid accuracy: The accuracy argument failed validation.
            5 Not a valid Places ID: An invalid Places (or WOE) ID was passed with the API call.
            6 No photos geotagged at that location: There were no geotagged photos found for the
                authed user at the supplied latitude, longitude and accuracy.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def correctLocation(
        self,
        *,
        photo_id: Any,
        foursquare_id: Any,
        place_id: Any = ...,
        woe_id: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """(Flickr gives no description.)

        Arguments:
            photo_id (required): The ID of the photo whose WOE location is being corrected.
            place_id (optional): A Flickr Places ID. (While optional, you must pass either a
                valid Places ID or a WOE ID.)
            woe_id (optional): A Where On Earth (WOE) ID. (While optional, you must pass either
                a valid Places ID or a WOE ID.)
            foursquare_id (required): The venue ID for a Foursquare location. (If not passed in
                with correction, any existing foursquare venue will be removed).

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 User has not configured default viewing settings for location data: Before users
                may assign location data to a photo they must define who, by default, may view
                that information. Users can edit this preference at
                http://www.flickr.com/account/geo/privacy/
            2 Missing place ID: No place ID was passed to the method
            3 Not a valid place ID: The place ID passed to the method could not be identified
            4 Server error correcting location: There was an error trying to correct the
                location.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getLocation(
        self,
        *,
        photo_id: Any,
        extras: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get the geo data (latitude and longitude and the accuracy level) for a photo.

        Arguments:
            photo_id (required): The id of the photo you want to retrieve location data for.
            extras (optional): Extra flags.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id was either invalid or was for a photo not viewable
                by the calling user.
            2 Photo has no location information: The photo requested has no location data or is
                not viewable by the calling user.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPerms(
        self,
        *,
        photo_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get permissions for who may view geo data for a photo.

        Arguments:
            photo_id (required): The id of the photo to get permissions for.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id was either invalid or was for a photo not viewable
                by the calling user.
            2 Photo has no location information: The photo requested has no location data or is
                not viewable by the calling user.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def photosForLocation(
        self,
        *,
        lat: Any,
        lon: Any,
        accuracy: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return a list of photos for the calling user at a specific latitude, longitude and
        accuracy

        Arguments:
            lat (required): The latitude whose valid range is -90 to 90. Anything more than 6
                decimal places will be truncated.
            lon (required): The longitude whose valid range is -180 to 180. Anything more than 6
                decimal places will be truncated.
            accuracy (optional): Recorded accuracy level of the location information. World
                level is 1, Country is ~3, Region ~6, City ~11, Street ~16. Current range is
                1-16. Defaults to 16 if not specified.
            extras (optional): A comma-delimited list of extra information to fetch for each
                returned record. Currently supported fields are: description, license,
                date_upload, date_taken, owner_name, icon_server, original_format, last_update,
                geo, tags, machine_tags, o_dims, views, media, path_alias, url_sq, url_t, url_s,
                url_q, url_m, url_n, url_z, url_c, url_l, url_o
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 100. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 Required arguments missing: One or more required arguments was missing from the
                method call.
            2 Not a valid latitude: The latitude argument failed validation.
            3 Not a valid longitude: The longitude argument failed validation.
            4 Not a valid accuracy: The accuracy argument failed validation.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def removeLocation(
        self,
        *,
        photo_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Removes the geo data associated with a photo.

        Arguments:
            photo_id (required): The id of the photo you want to remove location data from.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id was either invalid or was for a photo not viewable
                by the calling user.
            2 Photo has no location information: The specified photo has not been geotagged -
                there is nothing to remove.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def setContext(
        self,
        *,
        photo_id: Any,
        context: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Indicate the state of a photo's geotagginess beyond latitude and longitude.

        Note : photos passed to this method must already be geotagged (using the
        flickr.photos.geo.setLocation method).

        Arguments:
            photo_id (required): The id of the photo to set context data for.
            context (required): Context is a numeric value representing the photo's geotagginess
                beyond latitude and longitude. For example, you may wish to indicate that a
                photo was taken "indoors" or "outdoors".

                The current list of context IDs is :
                - 0, not defined.
                - 1, indoors.
                - 2, outdoors.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id was either invalid or was for a photo not viewable
                by the calling user.
            2 Not a valid context: The context ID passed to the method is invalid.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def setLocation(
        self,
        *,
        photo_id: Any,
        lat: Any,
        lon: Any,
        accuracy: Any = ...,
        context: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Sets the geo data (latitude and longitude and, optionally, the accuracy level) for a
        photo.

        Before users may assign location data to a photo they must define who, by default, may
        view that information. Users can edit this preference at
        http://www.flickr.com/account/geo/privacy/. If a user has not set this preference, the
        API method will return an error.

        Arguments:
            photo_id (required): The id of the photo to set location data for.
            lat (required): The latitude whose valid range is -90 to 90. Anything more than 6
                decimal places will be truncated.
            lon (required): The longitude whose valid range is -180 to 180. Anything more than 6
                decimal places will be truncated.
            accuracy (optional): Recorded accuracy level of the location information. World
                level is 1, Country is ~3, Region ~6, City ~11, Street ~16. Current range is
                1-16. Defaults to 16 if not specified.
            context (optional): Context is a numeric value representing the photo's geotagginess
                beyond latitude and longitude. For example, you may wish to indicate that a
                photo was taken "indoors" or "outdoors".

                The current list of context IDs is :
                - 0, not defined.
                - 1, indoors.
                - 2, outdoors.

                The default context for geotagged photos is 0, or "not defined"

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id was either invalid or was for a photo not viewable
                by the calling user.
            2 Required arguments missing: Some or all of the required arguments were not
                supplied.
            3 Not a valid latitude: The latitude argument failed validation.
            4 Not a valid longitude: The longitude argument failed validation.
            5 Not a valid accuracy: The accuracy argument failed validation.
            6 Server error: There was an unexpected problem setting location information to the
                photo.
            7 User has not configured default viewing settings for location data: Before users
                may assign location data to a photo they must define who, by default, may view
                that information. Users can edit this preference at
                http://www.flickr.com/account/geo/privacy/
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def setPerms(
        self,
        *,
        is_public: Any,
        is_contact: Any,
        is_friend: Any,
        is_family: Any,
        photo_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Set the permission for who may view the geo data associated with a photo.

        Arguments:
            is_public (required): 1 to set viewing permissions for the photo's location data to
                public, 0 to set it to private.
            is_contact (required): 1 to set viewing permissions for the photo's location data to
                contacts, 0 to set it to private.
            is_friend (required): 1 to set viewing permissions for the photo's location data to
                friends, 0 to set it to private.
            is_family (required): 1 to set viewing permissions for the photo's location data to
                family, 0 to set it to private.
            photo_id (required): The id of the photo to get permissions for.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id was either invalid or was for a photo not viewable
                by the calling user.
            2 Photo has no location information: The photo requested has no location data or is
                not viewable by the calling user.
            3 Required arguments missing: Some or all of the required arguments were not
                supplied.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Photos_Licenses:
    def getInfo(
        self,
        *,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Fetches a list of available photo licenses for Flickr.

        Arguments: none.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getLicenseHistory(
        self,
        *,
        photo_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Fetches the license history of a photo.

        Arguments:
            photo_id (required): The photo to get the license history for.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Photo not found: Observed in a real Flickr response
                (Flickr-Foundation/flickr-photos-api test cassettes, 2023-2025); not in the
                reflection data.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def setLicense(
        self,
        *,
        photo_id: Any,
        license_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Sets the license for a photo.

        Arguments:
            photo_id (required): The photo to update the license for.
            license_id (required): The license to apply, or 0 (zero) to remove the current
                license. Note : as of this writing the "no known copyright restrictions" license
                (7) is not a valid argument.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photo not found: The specified id was not the id of a valif photo owner by the
                calling user.
            2 License not found: The license id was not valid.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Photos_Notes:
    def add(
        self,
        *,
        photo_id: Any,
        note_x: Any,
        note_y: Any,
        note_w: Any,
        note_h: Any,
        note_text: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Add a note to a photo. Coordinates and sizes are in pixels, based on the 500px image
        size shown on individual photo pages.

        Arguments:
            photo_id (required): The id of the photo to add a note to
            note_x (required): The left coordinate of the note
            note_y (required): The top coordinate of the note
            note_w (required): The width of the note
            note_h (required): The height of the note
            note_text (required): The description of the note

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id passed was not a valid photo id
            2 User cannot add notes: The calling user does not have permission to add a note to
                this photo
            3 Missing required arguments: One or more of the required arguments were not
                supplied.
            4 Maximum number of notes reached: The maximum number of notes for the photo has
                been reached.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def delete(
        self,
        *,
        note_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Delete a note from a photo.

        Arguments:
            note_id (required): The id of the note to delete

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Note not found: The note id passed was not a valid note id
            2 User cannot delete note: The calling user does not have permission to delete the
                specified note
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def edit(
        self,
        *,
        note_id: Any,
        note_x: Any,
        note_y: Any,
        note_w: Any,
        note_h: Any,
        note_text: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Edit a note on a photo. Coordinates and sizes are in pixels, based on the 500px image
        size shown on individual photo pages.

        Arguments:
            note_id (required): The id of the note to edit
            note_x (required): The left coordinate of the note
            note_y (required): The top coordinate of the note
            note_w (required): The width of the note
            note_h (required): The height of the note
            note_text (required): The description of the note

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Note not found: The note id passed was not a valid note id
            2 User cannot edit note: The calling user does not have permission to edit the
                specified note
            3 Missing required arguments: One or more of the required arguments were not
                supplied.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Photos_People:
    def add(
        self,
        *,
        photo_id: Any,
        user_id: Any,
        person_x: Any = ...,
        person_y: Any = ...,
        person_w: Any = ...,
        person_h: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Add a person to a photo. Coordinates and sizes of boxes are optional; they are measured
        in pixels, based on the 500px image size shown on individual photo pages.

        Arguments:
            photo_id (required): The id of the photo to add a person to.
            user_id (required): The NSID of the user to add to the photo.
            person_x (optional): The left-most pixel co-ordinate of the box around the person.
            person_y (optional): The top-most pixel co-ordinate of the box around the person.
            person_w (optional): The width (in pixels) of the box around the person.
            person_h (optional): The height (in pixels) of the box around the person.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Person not found: The NSID passed was not a valid user id.
            2 Photo not found: The photo id passed was not a valid photo id.
            3 User cannot add this person to photos: The person being added to the photo does
                not allow the calling user to add them.
            4 User cannot add people to that photo: The owner of the photo doesn't allow the
                calling user to add people to their photos.
            5 Person can't be tagged in that photo: The person being added to the photo does not
                want to be identified in this photo.
            6 Some co-ordinate paramters were blank: Not all of the co-ordinate parameters
                (person_x, person_y, person_w, person_h) were passed with valid values.
            7 Can't add that person to a non-public photo: You can only add yourself to another
                member's non-public photos.
            8 Too many people in that photo: The maximum number of people has already been added
                to the photo.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def delete(
        self,
        *,
        photo_id: Any,
        user_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Remove a person from a photo.

        Arguments:
            photo_id (required): The id of the photo to remove a person from.
            user_id (required): The NSID of the person to remove from the photo.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Person not found: The NSID passed was not a valid user id.
            2 Photo not found: The photo id passed was not a valid photo id.
            3 User cannot remove that person: The calling user did not have permission to remove
                this person from this photo.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def deleteCoords(
        self,
        *,
        photo_id: Any,
        user_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Remove the bounding box from a person in a photo

        Arguments:
            photo_id (required): The id of the photo to edit a person in.
            user_id (required): The NSID of the person whose bounding box you want to remove.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Person not found: The NSID passed was not a valid user id.
            2 Photo not found: The photo id passed was not a valid photo id.
            3 User cannot edit that person in that photo: The calling user is neither the person
                depicted in the photo nor the person who added the bounding box.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def editCoords(
        self,
        *,
        photo_id: Any,
        user_id: Any,
        person_x: Any,
        person_y: Any,
        person_w: Any,
        person_h: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Edit the bounding box of an existing person on a photo.

        Arguments:
            photo_id (required): The id of the photo to edit a person in.
            user_id (required): The NSID of the person to edit in a photo.
            person_x (required): The left-most pixel co-ordinate of the box around the person.
            person_y (required): The top-most pixel co-ordinate of the box around the person.
            person_w (required): The width (in pixels) of the box around the person.
            person_h (required): The height (in pixels) of the box around the person.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Person not found: The NSID passed was not a valid user id.
            2 Photo not found: The photo id passed was not a valid photo id.
            3 User cannot edit that person in that photo: The calling user did not originally
                add this person to the photo, and is not the person in question.
            4 Some co-ordinate paramters were blank: Not all of the co-ordinate parameters
                (person_x, person_y, person_w, person_h) were passed with valid values.
            5 No co-ordinates given: None of the co-ordinate parameters were valid.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getList(
        self,
        *,
        photo_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get a list of people in a given photo.

        x, y, w and h correspond to the coordinates of the "bounding box" around a person in a
        photo. Since these co-ordinates are optional, these elements may not be present for
        every person.

        Arguments:
            photo_id (required): The id of the photo to get a list of people for.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id passed was not a valid photo id.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Photos_Suggestions:
    def approveSuggestion(
        self,
        *,
        suggestion_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Approve a suggestion for a photo.

        Arguments:
            suggestion_id (required): The unique ID for the location suggestion to approve.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getList(
        self,
        *,
        photo_id: Any = ...,
        status_id: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return a list of suggestions for a user that are pending approval.

        Arguments:
            photo_id (optional): Only show suggestions for a single photo.
            status_id (optional): Only show suggestions with a given status.
                - 0, pending
                - 1, approved
                - 2, rejected

                The default is pending (or "0").

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def rejectSuggestion(
        self,
        *,
        suggestion_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Reject a suggestion for a photo.

        Arguments:
            suggestion_id (required): The unique ID of the suggestion to reject.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def removeSuggestion(
        self,
        *,
        suggestion_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Remove a suggestion, made by the calling user, from a photo.

        Arguments:
            suggestion_id (required): The unique ID for the location suggestion to approve.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def suggestLocation(
        self,
        *,
        photo_id: Any,
        lat: Any,
        lon: Any,
        accuracy: Any = ...,
        woe_id: Any = ...,
        place_id: Any = ...,
        note: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Suggest a geotagged location for a photo.

        Arguments:
            photo_id (required): The photo whose location you are suggesting.
            lat (required): The latitude whose valid range is -90 to 90. Anything more than 6
                decimal places will be truncated.
            lon (required): The longitude whose valid range is -180 to 180. Anything more than 6
                decimal places will be truncated.
            accuracy (optional): Recorded accuracy level of the location information. World
                level is 1, Country is ~3, Region ~6, City ~11, Street ~16. Current range is
                1-16. Defaults to 16 if not specified.
            woe_id (optional): The WOE ID of the location used to build the location hierarchy
                for the photo.
            place_id (optional): The Flickr Places ID of the location used to build the location
                hierarchy for the photo.
            note (optional): A short note or history to include with the suggestion.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Photos_Transform:
    def rotate(
        self,
        *,
        photo_id: Any,
        degrees: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Rotate a photo.

        Arguments:
            photo_id (required): The id of the photo to rotate.
            degrees (required): The amount of degrees by which to rotate the photo (clockwise)
                from it's current orientation. Valid values are 90, 180 and 270.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id was invalid or did not belong to the calling user.
            2 Invalid rotation: The rotation degrees were an invalid value.
            3 Temporary failure: There was a problem either rotating the image or storing the
                rotated versions.
            4 Rotation disabled: The rotation service is currently disabled.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Photos_Upload:
    def checkTickets(
        self,
        *,
        tickets: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Checks the status of one or more asynchronous photo upload tickets.

        There is one <ticket> element for each ticket id supplied. The id attribute contains the
        corresponding ticket id. If the ticket wasn't found, the invalid attribute is set. The
        status of the ticket is passed in the status attribute; 0 means not completed, 1 means
        completed and 2 means the ticket failed (indicating there was a problem converting the
        file). When the status is 1, the photo id is passed in the photoid attribute. The photo
        id can then be used as with the synchronous upload API.

        Arguments:
            tickets (required): A comma-delimited list of ticket ids

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Photosets:
    def addPhoto(
        self,
        *,
        photoset_id: Any,
        photo_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Add a photo to the end of an existing photoset.

        Arguments:
            photoset_id (required): The id of the photoset to add a photo to.
            photo_id (required): The id of the photo to add to the set.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photoset not found: The photoset id passed was not the id of avalid photoset owned
                by the calling user.
            2 Photo not found: The photo id passed was not the id of a valid photo owned by the
                calling user.
            3 Photo already in set: The photo is already a member of the photoset.
            10 Maximum number of photos in set: A set has reached the upper limit for the number
                of photos allowed.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    comments: _Photosets_Comments
    def create(
        self,
        *,
        title: Any,
        primary_photo_id: Any,
        description: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Create a new photoset for the calling user.

        New photosets are automatically put first in the photoset ordering for the user. Use
        flickr.photosets.orderSets if you don't want the new set to appear first on the user's
        photoset list.

        Arguments:
            title (required): A title for the photoset.
            description (optional): A description of the photoset. May contain limited html.
            primary_photo_id (required): The id of the photo to represent this set. The photo
                must belong to the calling user.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 No title specified: No title parameter was passed in the request.
            2 Photo not found: The primary photo id passed was not a valid photo id or does not
                belong to the calling user.
            3 Can't create any more sets: The user has reached their maximum number of photosets
                limit.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def delete(
        self,
        *,
        photoset_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Delete a photoset.

        Arguments:
            photoset_id (required): The id of the photoset to delete. It must be owned by the
                calling user.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photoset not found: The photoset id passed was not a valid photoset id or did not
                belong to the calling user.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def editMeta(
        self,
        *,
        photoset_id: Any,
        title: Any,
        description: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Modify the meta-data for a photoset.

        Arguments:
            photoset_id (required): The id of the photoset to modify.
            title (required): The new title for the photoset.
            description (optional): A description of the photoset. May contain limited html.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photoset not found: The photoset id passed was not a valid photoset id or did not
                belong to the calling user.
            2 No title specified: No title parameter was passed in the request.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def editPhotos(
        self,
        *,
        photoset_id: Any,
        primary_photo_id: Any,
        photo_ids: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Modify the photos in a photoset. Use this method to add, remove and re-order photos.

        Arguments:
            photoset_id (required): The id of the photoset to modify. The photoset must belong
                to the calling user.
            primary_photo_id (required): The id of the photo to use as the 'primary' photo for
                the set. This id must also be passed along in photo_ids list argument.
            photo_ids (required): A comma-delimited list of photo ids to include in the set.
                They will appear in the set in the order sent. This list must contain the
                primary photo id. All photos must belong to the owner of the set. This list of
                photos replaces the existing list. Call flickr.photosets.addPhoto to append a
                photo to a set.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photoset not found: The photoset id passed was not a valid photoset id or did not
                belong to the calling user.
            2 Photo not found: One or more of the photo ids passed was not a valid photo id or
                does not belong to the calling user.
            3 Primary photo not found: The primary photo id passed was not a valid photo id or
                does not belong to the calling user.
            4 Primary photo not in list: The primary photo id passed did not appear in the photo
                id list.
            5 Empty photos list: No photo ids were passed.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getContext(
        self,
        *,
        photo_id: Any,
        photoset_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns next and previous photos for a photo in a set.

        See flickr.photos.getContext

        Arguments:
            photo_id (required): The id of the photo to fetch the context for.
            photoset_id (required): The id of the photoset for which to fetch the photo's
                context.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id passed was not a valid photo id, or was the id of a
                photo that the calling user does not have permission to view.
            2 Photo not in set: The specified photo is not in the specified set.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getInfo(
        self,
        *,
        photoset_id: Any,
        user_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Gets information about a photoset.

        Arguments:
            photoset_id (required): The ID of the photoset to fetch information for.
            user_id (required): The user_id here is the owner of the set passed in photoset_id.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Photoset not found: The photoset id was not valid.
            2 User not found:
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getList(
        self,
        *,
        user_id: Any = ...,
        page: Any = ...,
        per_page: Any = ...,
        primary_photo_extras: Any = ...,
        photo_ids: Any = ...,
        sort_groups: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns the photosets belonging to the specified user.

        Photosets are returned in the user's specified order, which may not mean the newest set
        is first. Applications displaying photosets should respect the user's ordering.

        Arguments:
            user_id (optional): The NSID of the user to get a photoset list for. If none is
                specified, the calling user is assumed.
            page (optional): The page of results to get. Currently, if this is not provided, all
                sets are returned, but this behaviour may change in future.
            per_page (optional): The number of sets to get per page. If paging is enabled, the
                maximum number of sets per page is 500.
            primary_photo_extras (optional): A comma-delimited list of extra information to
                fetch for the primary photo. Currently supported fields are: license,
                date_upload, date_taken, owner_name, icon_server, original_format, last_update,
                geo, tags, machine_tags, o_dims, views, media, path_alias, url_sq, url_t, url_s,
                url_m, url_o
            photo_ids (optional): A comma-separated list of photo ids. If specified, each
                returned set will include a list of these photo ids that are present in the set
                as "has_requested_photos"
            sort_groups (optional): A comma-separated list of groups used to sort the output
                sets. If has_photo is present, any of the calling user's galleries containing
                photos referred to in photo_ids will be returned before other galleries. The
                order of the sort_groups will dictate the order that the groups are returned in.
                Only available if continuation is used. The resulting output will include a
                "sort_group" parameter indicating the sort_group that each set is part of, or
                null if not applicable

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 User not found: The user NSID passed was not a valid user NSID and the calling
                user was not logged in.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPhotos(
        self,
        *,
        photoset_id: Any,
        user_id: Any,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        privacy_filter: Any = ...,
        media: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get the list of photos in a set.

        Arguments:
            photoset_id (required): The id of the photoset to return the photos for.
            user_id (required): The user_id here is the owner of the set passed in photoset_id.
            extras (optional): A comma-delimited list of extra information to fetch for each
                returned record. Currently supported fields are: license, date_upload,
                date_taken, owner_name, icon_server, original_format, last_update, geo, tags,
                machine_tags, o_dims, views, media, path_alias, url_sq, url_t, url_s, url_m,
                url_o
            per_page (optional): Number of photos to return per page. If this argument is
                omitted, it defaults to 500. The maximum allowed value is 500.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.
            privacy_filter (optional): Return photos only matching a certain privacy level. This
                only applies when making an authenticated call to view a photoset you own. Valid
                values are:
                - 1 public photos
                - 2 private photos visible to friends
                - 3 private photos visible to family
                - 4 private photos visible to friends & family
                - 5 completely private photos
            media (optional): Filter results by media type. Possible values are all (default),
                photos or videos

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Photoset not found: The photoset id passed was not a valid photoset id.
            2 User not found:
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def orderSets(
        self,
        *,
        photoset_ids: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Set the order of photosets for the calling user.

        Arguments:
            photoset_ids (required): A comma delimited list of photoset IDs, ordered with the
                set to show first, first in the list. Any set IDs not given in the list will be
                set to appear at the end of the list, ordered by their IDs.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Set not found: One of the photoset ids passed was not the id of a valid photoset
                belonging to the calling user.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def removePhoto(
        self,
        *,
        photoset_id: Any,
        photo_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Remove a photo from a photoset.

        Arguments:
            photoset_id (required): The id of the photoset to remove a photo from.
            photo_id (required): The id of the photo to remove from the set.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photoset not found: The photoset id passed was not the id of avalid photoset owned
                by the calling user.
            2 Photo not found: The photo id passed was not the id of a valid photo belonging to
                the calling user.
            3 Photo not in set: The photo is not a member of the photoset.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def removePhotos(
        self,
        *,
        photoset_id: Any,
        photo_ids: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Remove multiple photos from a photoset.

        Arguments:
            photoset_id (required): The id of the photoset to remove photos from.
            photo_ids (required): Comma-delimited list of photo ids to remove from the photoset.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photoset not found: The photoset id passed was not the id of available photosets
                owned by the calling user.
            2 Photo not found: The photo id passed was not the id of a valid photo belonging to
                the calling user.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def reorderPhotos(
        self,
        *,
        photoset_id: Any,
        photo_ids: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """(Flickr gives no description.)

        Arguments:
            photoset_id (required): The id of the photoset to reorder. The photoset must belong
                to the calling user.
            photo_ids (required): Ordered, comma-delimited list of photo ids. Photos that are
                not in the list will keep their original order

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photoset not found: The photoset id passed was not a valid photoset id or did not
                belong to the calling user.
            2 Photo not found: One or more of the photo ids passed was not a valid photo id or
                does not belong to the calling user.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def setPrimaryPhoto(
        self,
        *,
        photoset_id: Any,
        photo_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Set photoset primary photo

        Arguments:
            photoset_id (required): The id of the photoset to set primary photo to.
            photo_id (required): The id of the photo to set as primary.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photoset not found: The photoset id passed was not the id of avalid photoset owned
                by the calling user.
            2 Photo not found: The photo id passed was not the id of a valid photo owned by the
                calling user.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Photosets_Comments:
    def addComment(
        self,
        *,
        photoset_id: Any,
        comment_text: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Add a comment to a photoset.

        Arguments:
            photoset_id (required): The id of the photoset to add a comment to.
            comment_text (required): Text of the comment

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            1 Photoset not found:
            8 Blank comment:
            9 User is posting comments too fast: The user has reached the limit for number of
                comments posted during a specific time period. Wait a bit and try again.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def deleteComment(
        self,
        *,
        comment_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Delete a photoset comment as the currently authenticated user.

        Arguments:
            comment_id (required): The id of the comment to delete from a photoset.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            2 Comment not found: The comment id passed was not a valid comment id
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def editComment(
        self,
        *,
        comment_id: Any,
        comment_text: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Edit the text of a comment as the currently authenticated user.

        Arguments:
            comment_id (required): The id of the comment to edit.
            comment_text (required): Update the comment to this text.

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            2 Comment not found: The comment id passed was not a valid comment id.
            8 Blank comment: Comment text can't be blank.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getList(
        self,
        *,
        photoset_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns the comments for a photoset.

        Arguments:
            photoset_id (required): The id of the photoset to fetch comments for.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Photoset not found: The photoset id was invalid.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Places:
    def find(
        self,
        *,
        query: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return a list of place IDs for a query string.

        The flickr.places.find method is not a geocoder. It will round up to the nearest place
        type to which place IDs apply. For example, if you pass it a street level address it
        will return the city that contains the address rather than the street, or building,
        itself.

        Each place returned will contain its place ID, corresponding URL (underneath
        www.flickr.com/places) and place type for disambiguating different locations with the
        same name.

        Arguments:
            query (required): The query string to use for place ID lookups

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Required parameter missing: One or more required parameters was not included with
                the API call.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def findByLatLon(
        self,
        *,
        lat: Any,
        lon: Any,
        accuracy: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return a place ID for a latitude, longitude and accuracy triple.

        The flickr.places.findByLatLon method is not meant to be a (reverse) geocoder in the
        traditional sense. It is designed to allow users to find photos for "places" and will
        round up to the nearest place type to which corresponding place IDs apply.

        For example, if you pass it a street level coordinate it will return the city that
        contains the point rather than the street, or building, itself.

        It will also truncate latitudes and longitudes to three decimal points.

        Arguments:
            lat (required): The latitude whose valid range is -90 to 90. Anything more than 4
                decimal places will be truncated.
            lon (required): The longitude whose valid range is -180 to 180. Anything more than 4
                decimal places will be truncated.
            accuracy (optional): Recorded accuracy level of the location information. World
                level is 1, Country is ~3, Region ~6, City ~11, Street ~16. Current range is
                1-16. The default is 16.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Required arguments missing: One or more required parameters was not included with
                the API request.
            2 Not a valid latitude: The latitude argument failed validation.
            3 Not a valid longitude: The longitude argument failed validation.
            4 Not a valid accuracy: The accuracy argument failed validation.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getChildrenWithPhotosPublic(
        self,
        *,
        place_id: Any = ...,
        woe_id: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return a list of locations with public photos that are parented by a Where on Earth
        (WOE) or Places ID.

        Arguments:
            place_id (optional): A Flickr Places ID. (While optional, you must pass either a
                valid Places ID or a WOE ID.)
            woe_id (optional): A Where On Earth (WOE) ID. (While optional, you must pass either
                a valid Places ID or a WOE ID.)

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Required parameter missing: One or more required parameter is missing from the API
                call.
            2 Not a valid Places ID: An invalid Places (or WOE) ID was passed with the API call.
            3 Place not found: No place could be found for the Places (or WOE) ID passed to the
                API call.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getInfo(
        self,
        *,
        place_id: Any = ...,
        woe_id: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get informations about a place.

        Arguments:
            place_id (optional): A Flickr Places ID. (While optional, you must pass either a
                valid Places ID or a WOE ID.)
            woe_id (optional): A Where On Earth (WOE) ID. (While optional, you must pass either
                a valid Places ID or a WOE ID.)

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Required parameter missing: One or more required parameter is missing from the API
                call.
            2 Not a valid Places ID: An invalid Places (or WOE) ID was passed with the API call.
            3 Place not found: No place could be found for the Places (or WOE) ID passed to the
                API call.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getInfoByUrl(
        self,
        *,
        url: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Lookup information about a place, by its flickr.com/places URL.

        Arguments:
            url (required): A flickr.com/places URL in the form of /country/region/city. For
                example: /Canada/Quebec/Montreal

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            2 Place URL required: The flickr.com/places URL was not passed with the API method.
            3 Place not found: Unable to find a valid place for the places URL.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPlaceTypes(
        self,
        *,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Fetches a list of available place types for Flickr.

        Arguments: none.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getShapeHistory(
        self,
        *,
        place_id: Any = ...,
        woe_id: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return an historical list of all the shape data generated for a Places or Where on Earth
        (WOE) ID.

        Arguments:
            place_id (optional): A Flickr Places ID. (While optional, you must pass either a
                valid Places ID or a WOE ID.)
            woe_id (optional): A Where On Earth (WOE) ID. (While optional, you must pass either
                a valid Places ID or a WOE ID.)

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Required parameter missing: One or more required parameter is missing from the API
                call.
            2 Not a valid Places ID: An invalid Places (or WOE) ID was passed with the API call.
            3 Place not found: No place could be found for the Places (or WOE) ID passed to the
                API call.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getTopPlacesList(
        self,
        *,
        place_type_id: Any,
        date: Any = ...,
        woe_id: Any = ...,
        place_id: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return the top 100 most geotagged places for a day.

        Arguments:
            place_type_id (required): The numeric ID for a specific place type to cluster photos
                by.

                Valid place type IDs are :
                - 22: neighbourhood
                - 7: locality
                - 8: region
                - 12: country
                - 29: continent
            date (optional): A valid date in YYYY-MM-DD format. The default is yesterday.
            woe_id (optional): Limit your query to only those top places belonging to a specific
                Where on Earth (WOE) identifier.
            place_id (optional): Limit your query to only those top places belonging to a
                specific Flickr Places identifier.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Required parameter missing: One or more required parameters with missing from your
                request.
            2 Not a valid place type: An unknown or unsupported place type ID was passed with
                your request.
            3 Not a valid date: The date argument passed with your request is invalid.
            4 Not a valid Place ID: An invalid Places (or WOE) identifier was included with your
                request.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def placesForBoundingBox(
        self,
        *,
        bbox: Any,
        place_type: Any = ...,
        place_type_id: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return all the locations of a matching place type for a bounding box.

        The maximum allowable size of a bounding box (the distance between the SW and NE
        corners) is governed by the place type you are requesting. Allowable sizes are as
        follows:
        - neighbourhood: 3km (1.8mi)
        - locality: 7km (4.3mi)
        - county: 50km (31mi)
        - region: 200km (124mi)
        - country: 500km (310mi)
        - continent: 1500km (932mi)

        Arguments:
            bbox (required): A comma-delimited list of 4 values defining the Bounding Box of the
                area that will be searched. The 4 values represent the bottom-left corner of the
                box and the top-right corner, minimum_longitude, minimum_latitude,
                maximum_longitude, maximum_latitude.
            place_type (optional): The name of place type to using as the starting point to
                search for places in a bounding box. Valid placetypes are:
                - neighbourhood
                - locality
                - county
                - region
                - country
                - continent

                The "place_type" argument has been deprecated in favor of the "place_type_id"
                argument. It won't go away but it will not be added to new methods. A complete
                list of place type IDs is available using the flickr.places.getPlaceTypes
                method. (While optional, you must pass either a valid place type or place type
                ID.)
            place_type_id (optional): The numeric ID for a specific place type to cluster photos
                by.

                Valid place type IDs are :
                - 22: neighbourhood
                - 7: locality
                - 8: region
                - 12: country
                - 29: continent

                (While optional, you must pass either a valid place type or place type ID.)

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Required parameters missing: One or more required parameter is missing from the
                API call.
            2 Not a valid bbox: The bbox argument was incomplete or incorrectly formatted
            3 Not a valid place type: An invalid place type was included with your request.
            4 Bounding box exceeds maximum allowable size for place type: The bounding box
                passed along with your request was too large for the request place type.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def placesForContacts(
        self,
        *,
        place_type: Any = ...,
        place_type_id: Any = ...,
        woe_id: Any = ...,
        place_id: Any = ...,
        threshold: Any = ...,
        contacts: Any = ...,
        min_upload_date: Any = ...,
        max_upload_date: Any = ...,
        min_taken_date: Any = ...,
        max_taken_date: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return a list of the top 100 unique places clustered by a given placetype for a user's
        contacts.

        Arguments:
            place_type (optional): A specific place type to cluster photos by.

                Valid place types are :
                - neighbourhood (and neighborhood)
                - locality
                - region
                - country
                - continent

                The "place_type" argument has been deprecated in favor of the "place_type_id"
                argument. It won't go away but it will not be added to new methods. A complete
                list of place type IDs is available using the flickr.places.getPlaceTypes
                method. (While optional, you must pass either a valid place type or place type
                ID.)
            place_type_id (optional): The numeric ID for a specific place type to cluster photos
                by.

                Valid place type IDs are :
                - 22: neighbourhood
                - 7: locality
                - 8: region
                - 12: country
                - 29: continent

                (While optional, you must pass either a valid place type or place type ID.)
            woe_id (optional): A Where on Earth identifier to use to filter photo clusters. For
                example all the photos clustered by locality in the United States (WOE ID
                23424977).

                (While optional, you must pass either a valid Places ID or a WOE ID.)
            place_id (optional): A Flickr Places identifier to use to filter photo clusters. For
                example all the photos clustered by locality in the United States (Place ID
                4KO02SibApitvSBieQ).

                (While optional, you must pass either a valid Places ID or a WOE ID.)
            threshold (optional): The minimum number of photos that a place type must have to be
                included. If the number of photos is lowered then the parent place type for that
                place will be used.

                For example if your contacts only have 3 photos taken in the locality of
                Montreal (WOE ID 3534) but your threshold is set to 5 then those photos will be
                "rolled up" and included instead with a place record for the region of Quebec
                (WOE ID 2344924).
            contacts (optional): Search your contacts. Either 'all' or 'ff' for just friends and
                family. (Default is all)
            min_upload_date (optional): Minimum upload date. Photos with an upload date greater
                than or equal to this value will be returned. The date should be in the form of
                a unix timestamp.
            max_upload_date (optional): Maximum upload date. Photos with an upload date less
                than or equal to this value will be returned. The date should be in the form of
                a unix timestamp.
            min_taken_date (optional): Minimum taken date. Photos with an taken date greater
                than or equal to this value will be returned. The date should be in the form of
                a mysql datetime.
            max_taken_date (optional): Maximum taken date. Photos with an taken date less than
                or equal to this value will be returned. The date should be in the form of a
                mysql datetime.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 Places for contacts are not available at this time: Places for contacts have been
                disabled or are otherwise not available.
            2 Required parameter missing: One or more of the required parameters was not
                included with your request.
            3 Not a valid place type: An invalid place type was included with your request.
            4 Not a valid Place ID: An invalid Places (or WOE) identifier was included with your
                request.
            5 Not a valid threshold: The threshold passed was invalid.
            6 Not a valid contacts type: Contacts must be either "all" or "ff" (friends and
                family).
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def placesForTags(
        self,
        *,
        place_type_id: Any,
        woe_id: Any = ...,
        place_id: Any = ...,
        threshold: Any = ...,
        tags: Any = ...,
        tag_mode: Any = ...,
        machine_tags: Any = ...,
        machine_tag_mode: Any = ...,
        min_upload_date: Any = ...,
        max_upload_date: Any = ...,
        min_taken_date: Any = ...,
        max_taken_date: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return a list of the top 100 unique places clustered by a given placetype for set of
        tags or machine tags.

        Arguments:
            place_type_id (required): The numeric ID for a specific place type to cluster photos
                by.

                Valid place type IDs are :
                - 22: neighbourhood
                - 7: locality
                - 8: region
                - 12: country
                - 29: continent
            woe_id (optional): A Where on Earth identifier to use to filter photo clusters. For
                example all the photos clustered by locality in the United States (WOE ID
                23424977).

                (While optional, you must pass either a valid Places ID or a WOE ID.)
            place_id (optional): A Flickr Places identifier to use to filter photo clusters. For
                example all the photos clustered by locality in the United States (Place ID
                4KO02SibApitvSBieQ).

                (While optional, you must pass either a valid Places ID or a WOE ID.)
            threshold (optional): The minimum number of photos that a place type must have to be
                included. If the number of photos is lowered then the parent place type for that
                place will be used.

                For example if you only have 3 photos taken in the locality of Montreal (WOE ID
                3534) but your threshold is set to 5 then those photos will be "rolled up" and
                included instead with a place record for the region of Quebec (WOE ID 2344924).
            tags (optional): A comma-delimited list of tags. Photos with one or more of the tags
                listed will be returned.

                (While optional, you must pass either a valid tag or machine_tag
            tag_mode (optional): Either 'any' for an OR combination of tags, or 'all' for an AND
                combination. Defaults to 'any' if not specified.
            machine_tags (optional): Aside from passing in a fully formed machine tag, there is
                a special syntax for searching on specific properties :
                - Find photos using the 'dc' namespace : "machine_tags" => "dc:"
                - Find photos with a title in the 'dc' namespace : "machine_tags" => "dc:title="
                - Find photos titled "mr. camera" in the 'dc' namespace : "machine_tags" =>
                "dc:title=\\"mr. camera\\"
                - Find photos whose value is "mr. camera" : "machine_tags" => "*:*=\\"mr.
                camera\\""
                - Find photos that have a title, in any namespace : "machine_tags" => "*:title="
                - Find photos that have a title, in any namespace, whose value is "mr. camera" :
                "machine_tags" => "*:title=\\"mr. camera\\""
                - Find photos, in the 'dc' namespace whose value is "mr. camera" :
                "machine_tags" => "dc:*=\\"mr. camera\\""

                Multiple machine tags may be queried by passing a comma-separated list. The
                number of machine tags you can pass in a single query depends on the tag mode
                (AND or OR) that you are querying with. "AND" queries are limited to (16)
                machine tags. "OR" queries are limited to (8).

                (While optional, you must pass either a valid tag or machine_tag)
            machine_tag_mode (optional): Either 'any' for an OR combination of tags, or 'all'
                for an AND combination. Defaults to 'any' if not specified.
            min_upload_date (optional): Minimum upload date. Photos with an upload date greater
                than or equal to this value will be returned. The date should be in the form of
                a unix timestamp.
            max_upload_date (optional): Maximum upload date. Photos with an upload date less
                than or equal to this value will be returned. The date should be in the form of
                a unix timestamp.
            min_taken_date (optional): Minimum taken date. Photos with an taken date greater
                than or equal to this value will be returned. The date should be in the form of
                a mysql datetime.
            max_taken_date (optional): Maximum taken date. Photos with an taken date less than
                or equal to this value will be returned. The date should be in the form of a
                mysql datetime.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def placesForUser(
        self,
        *,
        place_type_id: Any = ...,
        place_type: Any = ...,
        woe_id: Any = ...,
        place_id: Any = ...,
        threshold: Any = ...,
        min_upload_date: Any = ...,
        max_upload_date: Any = ...,
        min_taken_date: Any = ...,
        max_taken_date: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return a list of the top 100 unique places clustered by a given placetype for a user.

        Arguments:
            place_type_id (optional): The numeric ID for a specific place type to cluster photos
                by.

                Valid place type IDs are :
                - 22: neighbourhood
                - 7: locality
                - 8: region
                - 12: country
                - 29: continent

                The "place_type" argument has been deprecated in favor of the "place_type_id"
                argument. It won't go away but it will not be added to new methods. A complete
                list of place type IDs is available using the flickr.places.getPlaceTypes
                method. (While optional, you must pass either a valid place type or place type
                ID.)
            place_type (optional): A specific place type to cluster photos by.

                Valid place types are :
                - neighbourhood (and neighborhood)
                - locality
                - region
                - country
                - continent

                (While optional, you must pass either a valid place type or place type ID.)
            woe_id (optional): A Where on Earth identifier to use to filter photo clusters. For
                example all the photos clustered by locality in the United States (WOE ID
                23424977).

                (While optional, you must pass either a valid Places ID or a WOE ID.)
            place_id (optional): A Flickr Places identifier to use to filter photo clusters. For
                example all the photos clustered by locality in the United States (Place ID
                4KO02SibApitvSBieQ).

                (While optional, you must pass either a valid Places ID or a WOE ID.)
            threshold (optional): The minimum number of photos that a place type must have to be
                included. If the number of photos is lowered then the parent place type for that
                place will be used.

                For example if you only have 3 photos taken in the locality of Montreal (WOE ID
                3534) but your threshold is set to 5 then those photos will be "rolled up" and
                included instead with a place record for the region of Quebec (WOE ID 2344924).
            min_upload_date (optional): Minimum upload date. Photos with an upload date greater
                than or equal to this value will be returned. The date should be in the form of
                a unix timestamp.
            max_upload_date (optional): Maximum upload date. Photos with an upload date less
                than or equal to this value will be returned. The date should be in the form of
                a unix timestamp.
            min_taken_date (optional): Minimum taken date. Photos with an taken date greater
                than or equal to this value will be returned. The date should be in the form of
                a mysql datetime.
            max_taken_date (optional): Maximum taken date. Photos with an taken date less than
                or equal to this value will be returned. The date should be in the form of a
                mysql datetime.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 Places for user are not available at this time: Places for user have been disabled
                or are otherwise not available.
            2 Required parameter missing: One or more of the required parameters was not
                included with your request.
            3 Not a valid place type: An invalid place type was included with your request.
            4 Not a valid Place ID: An invalid Places (or WOE) identifier was included with your
                request.
            5 Not a valid threshold: The threshold passed was invalid.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def resolvePlaceId(
        self,
        *,
        place_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Find Flickr Places information by Place ID.

        This method has been deprecated. It won't be removed but you should use
        flickr.places.getInfo instead.

        Arguments:
            place_id (required): A Flickr Places ID

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            2 Place ID required:
            3 Place not found:
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def resolvePlaceURL(
        self,
        *,
        url: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Find Flickr Places information by Place URL.

        This method has been deprecated. It won't be removed but you should use
        flickr.places.getInfoByUrl instead.

        Arguments:
            url (required): A Flickr Places URL.

                Flickr Place URLs are of the form /country/region/city

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            2 Place URL required:
            3 Place not found:
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def tagsForPlace(
        self,
        *,
        woe_id: Any = ...,
        place_id: Any = ...,
        min_upload_date: Any = ...,
        max_upload_date: Any = ...,
        min_taken_date: Any = ...,
        max_taken_date: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Return a list of the top 100 unique tags for a Flickr Places or Where on Earth (WOE) ID

        Arguments:
            woe_id (optional): A Where on Earth identifier to use to filter photo clusters.

                (While optional, you must pass either a valid Places ID or a WOE ID.)
            place_id (optional): A Flickr Places identifier to use to filter photo clusters.

                (While optional, you must pass either a valid Places ID or a WOE ID.)
            min_upload_date (optional): Minimum upload date. Photos with an upload date greater
                than or equal to this value will be returned. The date should be in the form of
                a unix timestamp.
            max_upload_date (optional): Maximum upload date. Photos with an upload date less
                than or equal to this value will be returned. The date should be in the form of
                a unix timestamp.
            min_taken_date (optional): Minimum taken date. Photos with an taken date greater
                than or equal to this value will be returned. The date should be in the form of
                a mysql datetime.
            max_taken_date (optional): Maximum taken date. Photos with an taken date less than
                or equal to this value will be returned. The date should be in the form of a
                mysql datetime.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Required parameter missing: One or more parameters was not included with the API
                request
            2 Not a valid Places ID: An invalid Places (or WOE) identifier was included with
                your request.
            3 Place not found: An invalid Places (or WOE) identifier was included with your
                request.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Prefs:
    def getContentType(
        self,
        *,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns the default content type preference for the user.

        Arguments: none.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getGeoPerms(
        self,
        *,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns the default privacy level for geographic information attached to the user's
        photos and whether or not the user has chosen to use geo-related EXIF information to
        automatically geotag their photos.

        Possible values, for viewing geotagged photos, are:
        - 0 : No default set
        - 1 : Public
        - 2 : Contacts only
        - 3 : Friends and Family only
        - 4 : Friends only
        - 5 : Family only
        - 6 : Private

        Users can edit this preference at http://www.flickr.com/account/geo/privacy/.

        Possible values for whether or not geo-related EXIF information will be used to geotag a
        photo are:
        - 0: Geo-related EXIF information will be ignored
        - 1: Geo-related EXIF information will be used to try and geotag photos on upload

        Users can edit this preference at http://www.flickr.com/account/geo/exif/?from=privacy

        Arguments: none.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getHidden(
        self,
        *,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns the default hidden preference for the user.

        Arguments: none.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPrivacy(
        self,
        *,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns the default privacy level preference for the user.

        Possible values are:
        - 1 : Public
        - 2 : Friends only
        - 3 : Family only
        - 4 : Friends and Family
        - 5 : Private

        Arguments: none.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getSafetyLevel(
        self,
        *,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns the default safety level preference for the user.

        Arguments: none.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Profile:
    def getProfile(
        self,
        *,
        user_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns specified user's profile info, respecting profile privacy settings

        Arguments:
            user_id (required): The NSID of the user to fetch profile information for.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Invalid NSID provided: Observed in a real Flickr response
                (Flickr-Foundation/flickr-photos-api test cassettes, 2023-2025); not in the
                reflection data.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Push:
    def getSubscriptions(
        self,
        *,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns a list of the subscriptions for the logged-in user.

        (this method is experimental and may change)

        Arguments: none.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            5 Service currently available only to pro accounts: PuSH subscriptions are currently
                restricted to Pro account holders.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getTopics(
        self,
        *,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """All the different flavours of anteater.

        (this method is experimental and may change)

        Arguments: none.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def subscribe(
        self,
        *,
        topic: Any,
        callback: Any,
        verify: Any,
        verify_token: Any = ...,
        lease_seconds: Any = ...,
        woe_ids: Any = ...,
        place_ids: Any = ...,
        lat: Any = ...,
        lon: Any = ...,
        radius: Any = ...,
        radius_units: Any = ...,
        accuracy: Any = ...,
        nsids: Any = ...,
        tags: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """In ur pandas, tickling ur unicorn

        (this method is experimental and may change)

        Arguments:
            topic (required): The type of subscription. See flickr.push.getTopics.
            callback (required): The url for the subscription endpoint. Limited to 255 bytes,
                and must be unique for this user, i.e. no two subscriptions for a given user may
                use the same callback url.
            verify (required): The verification mode, either sync or async. See the Google
                PubSubHubbub spec for details.
            verify_token (optional): The verification token to be echoed back to the subscriber
                during the verification callback, as per the Google PubSubHubbub spec. Limited
                to 200 bytes.
            lease_seconds (optional): Number of seconds for which the subscription will be
                valid. Legal values are 60 to 86400 (1 minute to 1 day). If not present, the
                subscription will be auto-renewing.
            woe_ids (optional): A 32-bit integer for a Where on Earth ID. Only valid if topic is
                geo.

                The order of precedence for geo subscriptions is : woe ids, place ids, radial
                i.e. the lat, lon parameters will be ignored if place_ids is present, which will
                be ignored if woe_ids is present.
            place_ids (optional): A comma-separated list of Flickr place IDs. Only valid if
                topic is geo.

                The order of precedence for geo subscriptions is : woe ids, place ids, radial
                i.e. the lat, lon parameters will be ignored if place_ids is present, which will
                be ignored if woe_ids is present.
            lat (optional): A latitude value, in decimal format. Only valid if topic is geo.
                Defines the latitude for a radial query centered around (lat, lon).

                The order of precedence for geo subscriptions is : woe ids, place ids, radial
                i.e. the lat, lon parameters will be ignored if place_ids is present, which will
                be ignored if woe_ids is present.
            lon (optional): A longitude value, in decimal format. Only valid if topic is geo.
                Defines the longitude for a radial query centered around (lat, lon).

                The order of precedence for geo subscriptions is : woe ids, place ids, radial
                i.e. the lat, lon parameters will be ignored if place_ids is present, which will
                be ignored if woe_ids is present.
            radius (optional): A radius value, in the units defined by radius_units. Only valid
                if topic is geo. Defines the radius of a circle for a radial query centered
                around (lat, lon). Default is 5 km.

                The order of precedence for geo subscriptions is : woe ids, place ids, radial
                i.e. the lat, lon parameters will be ignored if place_ids is present, which will
                be ignored if woe_ids is present.
            radius_units (optional): Defines the units for the radius parameter. Only valid if
                topic is geo. Options are mi and km. Default is km.

                The order of precedence for geo subscriptions is : woe ids, place ids, radial
                i.e. the lat, lon parameters will be ignored if place_ids is present, which will
                be ignored if woe_ids is present.
            accuracy (optional): Defines the minimum accuracy required for photos to be included
                in a subscription. Only valid if topic is geo Legal values are 1-16, default is
                1 (i.e. any accuracy level).
                - World level is 1
                - Country is ~3
                - Region is ~6
                - City is ~11
                - Street is ~16
            nsids (optional): A comma-separated list of nsids representing Flickr Commons
                institutions (see flickr.commons.getInstitutions). Only valid if topic is
                commons. If not present this argument defaults to all Flickr Commons
                institutions.
            tags (optional): A comma-separated list of strings to be used for tag subscriptions.
                Photos with one or more of the tags listed will be included in the subscription.
                Only valid if the topic is tags.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 Required parameter missing: One of the required arguments for the method was not
                provided.
            2 Invalid parameter value: One of the arguments was specified with an illegal value.
            3 Callback URL already in use for a different subscription: A different subscription
                already exists that uses the same callback URL.
            4 Callback failed or invalid response: The verification callback failed, or failed
                to return the expected response to confirm the subscription.
            5 Service currently available only to pro accounts: PuSH subscriptions are currently
                restricted to Pro account holders.
            6 Subscription awaiting verification callback response - try again later: A
                subscription with those details exists already, but it is in a pending
                (non-verified) state. Please wait a bit for the verification callback to
                complete before attempting to update the subscription.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def unsubscribe(
        self,
        *,
        topic: Any,
        callback: Any,
        verify: Any,
        verify_token: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Why would you want to do this?

        (this method is experimental and may change)

        Arguments:
            topic (required): The type of subscription. See flickr.push.getTopics.
            callback (required): The url for the subscription endpoint (must be the same url as
                was used when creating the subscription).
            verify (required): The verification mode, either 'sync' or 'async'. See the Google
                PubSubHubbub spec for details.
            verify_token (optional): The verification token to be echoed back to the subscriber
                during the verification callback, as per the Google PubSubHubbub spec. Limited
                to 200 bytes.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 Required parameter missing: One of the required arguments for the method was not
                provided.
            2 Invalid parameter value: One of the arguments was specified with an illegal value.
            4 Callback failed or invalid response: The verification callback failed, or failed
                to return the expected response to confirm the un-subscription.
            6 Subscription awaiting verification callback response - try again later: A
                subscription with those details exists already, but it is in a pending
                (non-verified) state. Please wait a bit for the verification callback to
                complete before attempting to update the subscription.
            7 Subscription not found: No subscription matching the provided details for this
                user could be found.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Reflection:
    def getMethodInfo(
        self,
        *,
        method_name: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns information for a given flickr API method.

        Arguments:
            method_name (required): The name of the method to fetch information for.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Method not found: The requested method was not found.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getMethods(
        self,
        *,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns a list of available flickr API methods.

        Arguments: none.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Stats:
    def getCSVFiles(
        self,
        *,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns a list of URLs for text files containing all your stats data (from November 26th
        2007 onwards) for the currently auth'd user.

        Please note, these files will only be available until June 1, 2010 Noon PDT. For more
        information please check out this FAQ, or just go download your files.

        Arguments: none.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getCollectionDomains(
        self,
        *,
        date: Any,
        collection_id: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get a list of referring domains for a collection

        There is one <domain> element for each referring domain, with attributes for the domain
        name and the number of views.

        For details on the referrers coming from each domain listed you can call
        flickr.stats.getCollectionReferrers

        Arguments:
            date (required): Stats will be returned for this date. This should be in either be
                in YYYY-MM-DD or unix timestamp format.

                A day according to Flickr Stats starts at midnight GMT for all users, and
                timestamps will automatically be rounded down to the start of the day.
            collection_id (optional): The id of the collection to get stats for. If not
                provided, stats for all collections will be returned.
            per_page (optional): Number of domains to return per page. If this argument is
                omitted, it defaults to 25. The maximum allowed value is 100.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 User does not have stats: The user you have requested stats has not enabled stats
                on their account.
            2 No stats for that date: No stats are available for the date requested. Flickr only
                keeps stats data for the last 28 days.
            3 Invalid date: The date provided could not be parsed
            4 Collection not found: The collection id was either invalid or was for a collection
                not owned by the calling user.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getCollectionReferrers(
        self,
        *,
        date: Any,
        domain: Any,
        collection_id: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get a list of referrers from a given domain to a collection

        There is one <referrer> element for each referring page, with attributes for the url and
        the number of views.

        Where the referring page is a search engine and we have identified the search term it
        will be given in the searchterm attribute.

        Arguments:
            date (required): Stats will be returned for this date. This should be in either be
                in YYYY-MM-DD or unix timestamp format.

                A day according to Flickr Stats starts at midnight GMT for all users, and
                timestamps will automatically be rounded down to the start of the day.
            domain (required): The domain to return referrers for. This should be a hostname
                (eg: "flickr.com") with no protocol or pathname.
            collection_id (optional): The id of the collection to get stats for. If not
                provided, stats for all collections will be returned.
            per_page (optional): Number of referrers to return per page. If this argument is
                omitted, it defaults to 25. The maximum allowed value is 100.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 User does not have stats: The user you have requested stats has not enabled stats
                on their account.
            2 No stats for that date: No stats are available for the date requested. Flickr only
                keeps stats data for the last 28 days.
            3 Invalid date: The date provided could not be parsed
            4 Collection not found: The collection id was either invalid or was for a collection
                not owned by the calling user.
            5 Invalid domain: The domain provided is not in the expected format.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getCollectionStats(
        self,
        *,
        date: Any,
        collection_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get the number of views on a collection for a given date.

        Arguments:
            date (required): Stats will be returned for this date. This should be in either be
                in YYYY-MM-DD or unix timestamp format.

                A day according to Flickr Stats starts at midnight GMT for all users, and
                timestamps will automatically be rounded down to the start of the day.
            collection_id (required): The id of the collection to get stats for.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 User does not have stats: The user you have requested stats has not enabled stats
                on their account.
            2 No stats for that date: No stats are available for the date requested. Flickr only
                keeps stats data for the last 28 days.
            3 Invalid date: The date provided could not be parsed
            4 Collection not found: The collection id was either invalid or was for a collection
                not owned by the calling user.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getMostPopularPhotoDateRange(
        self,
        *,
        date_until: Any,
        num_days: Any,
        sort: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get the most popular photo for each day given a day range

        Arguments:
            date_until (required): The date until which the data should be fetched from, in the
                YYYY-MM-DD format
            num_days (required): The number of days to go back from the date_until param
            sort (optional): What type of stats to grab (views, favorites, or comments)

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPhotoDomains(
        self,
        *,
        date: Any,
        photo_id: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get a list of referring domains for a photo

        There is one <domain> element for each referring domain, with attributes for the domain
        name and the number of views.

        For details on the referrers coming from each domain listed you can call
        flickr.stats.getPhotoReferrers

        Arguments:
            date (required): Stats will be returned for this date. This should be in either be
                in YYYY-MM-DD or unix timestamp format.

                A day according to Flickr Stats starts at midnight GMT for all users, and
                timestamps will automatically be rounded down to the start of the day.
            photo_id (optional): The id of the photo to get stats for. If not provided, stats
                for all photos will be returned.
            per_page (optional): Number of domains to return per page. If this argument is
                omitted, it defaults to 25. The maximum allowed value is 100.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 User does not have stats: The user you have requested stats has not enabled stats
                on their account.
            2 No stats for that date: No stats are available for the date requested. Flickr only
                keeps stats data for the last 28 days.
            3 Invalid date: The date provided could not be parsed
            4 Photo not found: The photo id was either invalid or was for a photo not owned by
                the calling user.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPhotoReferrers(
        self,
        *,
        date: Any,
        domain: Any,
        photo_id: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get a list of referrers from a given domain to a photo

        There is one <referrer> element for each referring page, with attributes for the url and
        the number of views.

        Where the referring page is a search engine and we have identified the search term it
        will be given in the searchterm attribute.

        Arguments:
            date (required): Stats will be returned for this date. This should be in either be
                in YYYY-MM-DD or unix timestamp format.

                A day according to Flickr Stats starts at midnight GMT for all users, and
                timestamps will automatically be rounded down to the start of the day.
            domain (required): The domain to return referrers for. This should be a hostname
                (eg: "flickr.com") with no protocol or pathname.
            photo_id (optional): The id of the photo to get stats for. If not provided, stats
                for all photos will be returned.
            per_page (optional): Number of referrers to return per page. If this argument is
                omitted, it defaults to 25. The maximum allowed value is 100.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 User does not have stats: The user you have requested stats has not enabled stats
                on their account.
            2 No stats for that date: No stats are available for the date requested. Flickr only
                keeps stats data for the last 28 days.
            3 Invalid date: The date provided could not be parsed
            4 Photo not found: The photo id was either invalid or was for a photo not owned by
                the calling user.
            5 Invalid domain: The domain provided is not in the expected format.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPhotoStats(
        self,
        *,
        date: Any,
        photo_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get the number of views, comments and favorites on a photo for a given date.

        Arguments:
            date (required): Stats will be returned for this date. This should be in either be
                in YYYY-MM-DD or unix timestamp format.

                A day according to Flickr Stats starts at midnight GMT for all users, and
                timestamps will automatically be rounded down to the start of the day.
            photo_id (required): The id of the photo to get stats for.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 User does not have stats: The user you have requested stats has not enabled stats
                on their account.
            2 No stats for that date: No stats are available for the date requested. Flickr only
                keeps stats data for the last 28 days.
            3 Invalid date: The date provided could not be parsed
            4 Photo not found: The photo id was either invalid or was for a photo not owned by
                the calling user.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPhotosetDomains(
        self,
        *,
        date: Any,
        photoset_id: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get a list of referring domains for a photoset

        There is one <domain> element for each referring domain, with attributes for the domain
        name and the number of views.

        For details on the referrers coming from each domain listed you can call
        flickr.stats.getPhotosetReferrers

        Arguments:
            date (required): Stats will be returned for this date. This should be in either be
                in YYYY-MM-DD or unix timestamp format.

                A day according to Flickr Stats starts at midnight GMT for all users, and
                timestamps will automatically be rounded down to the start of the day.
            photoset_id (optional): The id of the photoset to get stats for. If not provided,
                stats for all sets will be returned.
            per_page (optional): Number of domains to return per page. If this argument is
                omitted, it defaults to 25. The maximum allowed value is 100.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 User does not have stats: The user you have requested stats has not enabled stats
                on their account.
            2 No stats for that date: No stats are available for the date requested. Flickr only
                keeps stats data for the last 28 days.
            3 Invalid date: The date provided could not be parsed
            4 Photoset not found: The photoset id was either invalid or was for a set not owned
                by the calling user.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPhotosetReferrers(
        self,
        *,
        date: Any,
        domain: Any,
        photoset_id: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get a list of referrers from a given domain to a photoset

        There is one <referrer> element for each referring page, with attributes for the url and
        the number of views.

        Where the referring page is a search engine and we have identified the search term it
        will be given in the searchterm attribute.

        Arguments:
            date (required): Stats will be returned for this date. This should be in either be
                in YYYY-MM-DD or unix timestamp format.

                A day according to Flickr Stats starts at midnight GMT for all users, and
                timestamps will automatically be rounded down to the start of the day.
            domain (required): The domain to return referrers for. This should be a hostname
                (eg: "flickr.com") with no protocol or pathname.
            photoset_id (optional): The id of the photoset to get stats for. If not provided,
                stats for all sets will be returned.
            per_page (optional): Number of referrers to return per page. If this argument is
                omitted, it defaults to 25. The maximum allowed value is 100.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 User does not have stats: The user you have requested stats has not enabled stats
                on their account.
            2 No stats for that date: No stats are available for the date requested. Flickr only
                keeps stats data for the last 28 days.
            3 Invalid date: The date provided could not be parsed
            4 Photoset not found: The photoset id was either invalid or was for a set not owned
                by the calling user.
            5 Invalid domain: The domain provided is not in the expected format.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPhotosetStats(
        self,
        *,
        date: Any,
        photoset_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get the number of views on a photoset for a given date.

        Arguments:
            date (required): Stats will be returned for this date. This should be in either be
                in YYYY-MM-DD or unix timestamp format.

                A day according to Flickr Stats starts at midnight GMT for all users, and
                timestamps will automatically be rounded down to the start of the day.
            photoset_id (required): The id of the photoset to get stats for.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 User does not have stats: The user you have requested stats has not enabled stats
                on their account.
            2 No stats for that date: No stats are available for the date requested. Flickr only
                keeps stats data for the last 28 days.
            3 Invalid date: The date provided could not be parsed
            4 Photoset not found: The photoset id was either invalid or was for a set not owned
                by the calling user.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPhotostreamDomains(
        self,
        *,
        date: Any,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get a list of referring domains for a photostream

        There is one <domain> element for each referring domain, with attributes for the domain
        name and the number of views.

        For details on the referrers coming from each domain listed you can call
        flickr.stats.getPhotostreamReferrers

        Arguments:
            date (required): Stats will be returned for this date. This should be in either be
                in YYYY-MM-DD or unix timestamp format.

                A day according to Flickr Stats starts at midnight GMT for all users, and
                timestamps will automatically be rounded down to the start of the day.
            per_page (optional): Number of domains to return per page. If this argument is
                omitted, it defaults to 25. The maximum allowed value is 100
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 User does not have stats: The user you have requested stats has not enabled stats
                on their account.
            2 No stats for that date: No stats are available for the date requested. Flickr only
                keeps stats data for the last 28 days.
            3 Invalid date: The date provided could not be parsed
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPhotostreamReferrers(
        self,
        *,
        date: Any,
        domain: Any,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get a list of referrers from a given domain to a user's photostream

        There is one <referrer> element for each referring page, with attributes for the url and
        the number of views.

        Where the referring page is a search engine and we have identified the search term it
        will be given in the searchterm attribute.

        Arguments:
            date (required): Stats will be returned for this date. This should be in either be
                in YYYY-MM-DD or unix timestamp format.

                A day according to Flickr Stats starts at midnight GMT for all users, and
                timestamps will automatically be rounded down to the start of the day.
            domain (required): The domain to return referrers for. This should be a hostname
                (eg: "flickr.com") with no protocol or pathname.
            per_page (optional): Number of referrers to return per page. If this argument is
                omitted, it defaults to 25. The maximum allowed value is 100.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 User does not have stats: The user you have requested stats has not enabled stats
                on their account.
            2 No stats for that date: No stats are available for the date requested. Flickr only
                keeps stats data for the last 28 days.
            3 Invalid date: The date provided could not be parsed
            5 Invalid domain: The domain provided is not in the expected format.
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPhotostreamStats(
        self,
        *,
        date: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get the number of views on a user's photostream for a given date.

        Arguments:
            date (required): Stats will be returned for this date. This should be in either be
                in YYYY-MM-DD or unix timestamp format.

                A day according to Flickr Stats starts at midnight GMT for all users, and
                timestamps will automatically be rounded down to the start of the day.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 User does not have stats: The user you have requested stats has not enabled stats
                on their account.
            2 No stats for that date: No stats are available for the date requested. Flickr only
                keeps stats data for the last 28 days.
            3 Invalid date: The date provided could not be parsed
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPopularPhotos(
        self,
        *,
        date: Any = ...,
        sort: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """List the photos with the most views, comments or favorites

        This method returns the standard photo list xml.

        In addition each photo element contains a <stats> element. This has attributes for the
        view, comment and favorite counts for the requested day.

        To map <photo> elements to urls, please read the url documentation.

        Arguments:
            date (optional): Stats will be returned for this date. This should be in either be
                in YYYY-MM-DD or unix timestamp format.

                A day according to Flickr Stats starts at midnight GMT for all users, and
                timestamps will automatically be rounded down to the start of the day.

                If no date is provided, all time view counts will be returned.
            sort (optional): The order in which to sort returned photos. Defaults to views. The
                possible values are views, comments and favorites.

                Other sort options are available through flickr.photos.search.
            per_page (optional): Number of referrers to return per page. If this argument is
                omitted, it defaults to 25. The maximum allowed value is 100.
            page (optional): The page of results to return. If this argument is omitted, it
                defaults to 1.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 User does not have stats: The user you have requested stats has not enabled stats
                on their account.
            2 No stats for that date: No stats are available for the date requested. Flickr only
                keeps stats data for the last 28 days.
            3 Invalid date: The date provided could not be parsed
            5 Invalid sort: The sort provided is not valid
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getTotalViews(
        self,
        *,
        date: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get the overall view counts for an account

        Arguments:
            date (optional): Stats will be returned for this date. This should be in either be
                in YYYY-MM-DD or unix timestamp format.

                A day according to Flickr Stats starts at midnight GMT for all users, and
                timestamps will automatically be rounded down to the start of the day.

                If no date is provided, all time view counts will be returned.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            1 User does not have stats: The user you have requested stats has not enabled stats
                on their account.
            2 No stats for that date: No stats are available for the date requested. Flickr only
                keeps stats data for the last 28 days.
            3 Invalid date: The date provided could not be parsed
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Tags:
    def getClusterPhotos(
        self,
        *,
        tag: Any,
        cluster_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns the first 24 photos for a given tag cluster

        Arguments:
            tag (required): The tag that this cluster belongs to.
            cluster_id (required): The top three tags for the cluster, separated by dashes (just
                like the url).

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getClusters(
        self,
        *,
        tag: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Gives you a list of tag clusters for the given tag.

        Arguments:
            tag (required): The tag to fetch clusters for.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Tag cluster not found: The tag was invalid or no cluster exists for that tag.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getHotList(
        self,
        *,
        period: Any = ...,
        count: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns a list of hot tags for the given period.

        Arguments:
            period (optional): The period for which to fetch hot tags. Valid values are day and
                week (defaults to day).
            count (optional): The number of tags to return. Defaults to 20. Maximum allowed
                value is 200.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Invalid period: The specified period was not understood.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getListPhoto(
        self,
        *,
        photo_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get the tag list for a given photo.

        For an explanation of the tag element, please read the tags documentation.

        Arguments:
            photo_id (required): The id of the photo to return tags for.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Photo not found: The photo id passed was not a valid photo id.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getListUser(
        self,
        *,
        user_id: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get the tag list for a given user (or the currently logged in user).

        Arguments:
            user_id (optional): The NSID of the user to fetch the tag list for. If this argument
                is not specified, the currently logged in user (if any) is assumed.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 User not found: The user NSID passed was not a valid user NSID and the calling
                user was not logged in.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getListUserPopular(
        self,
        *,
        user_id: Any = ...,
        count: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get the popular tags for a given user (or the currently logged in user).

        Arguments:
            user_id (optional): The NSID of the user to fetch the tag list for. If this argument
                is not specified, the currently logged in user (if any) is assumed.
            count (optional): Number of popular tags to return. defaults to 10 when this
                argument is not present.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 User not found: The user NSID passed was not a valid user NSID and the calling
                user was not logged in.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getListUserRaw(
        self,
        *,
        tag: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get the raw versions of a given tag (or all tags) for the currently logged-in user.

        Arguments:
            tag (optional): The tag you want to retrieve all raw versions for.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 User not found: The calling user was not logged in.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getMostFrequentlyUsed(
        self,
        *,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns a list of most frequently used tags for a user.

        Arguments: none.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getRelated(
        self,
        *,
        tag: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns a list of tags 'related' to the given tag, based on clustered usage analysis.

        Arguments:
            tag (required): The tag to fetch related tags for.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Tag not found: The tag argument was missing.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Test:
    def echo(
        self,
        *,
        format: Optional[str] = ...,
        raw: bool = ...,
        **kwargs: Any,
    ) -> Any:
        """A testing method which echo's all parameters back in the response.

        Arguments: any; Flickr echoes them back.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def login(
        self,
        *,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """A testing method which checks if the caller is logged in then returns their username.

        Arguments: none.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def null(
        self,
        *,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Null test

        Arguments: none.

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Testimonials:
    def addTestimonial(
        self,
        *,
        user_id: Any,
        testimonial_text: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Write a new testimonial

        Arguments:
            user_id (required): ID of the user the testimonial is about
            testimonial_text (required): The text of the testimonial. HTML/BBCode is not
                accepted

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def approveTestimonial(
        self,
        *,
        testimonial_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Approve a testimonial that has been written about the currently loggedin user

        Arguments:
            testimonial_id (required): ID of the testimonial to approve

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def deleteTestimonial(
        self,
        *,
        testimonial_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Permanently delete a testimonial. The loggedin user must be either the author or
        recipient of the testimonial

        Arguments:
            testimonial_id (required):

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def editTestimonial(
        self,
        *,
        user_id: Any,
        testimonial_id: Any,
        testimonial_text: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Change the text of a testimonial. The loggedin user must be the author of the existing
        testimonial. Editing a testimonial will mark it as pending and will require it to be
        re-approved by the recipient before appearing on their profile

        Arguments:
            user_id (required): The NSID of the user the testimonial is about
            testimonial_id (required): The ID of the testimonial to edit
            testimonial_text (required): The text of the testimonial. HTML/BBCode is not
                accepted

        Permission: write (a user token with write or delete permission); sent as POST.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getAllTestimonialsAbout(
        self,
        *,
        page: Any = ...,
        per_page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get all testimonials (pending and approved) written about the given user

        Arguments:
            page (optional): Page number. Default is 0
            per_page (optional): Number of testimonials to return per page. Default is 10,
                maximum is 50

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getAllTestimonialsAboutBy(
        self,
        *,
        user_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get the testimonial by the currently logged-in user about the given user, regardless of
        approval status. Note that at most 1 testimonial will be returned

        Arguments:
            user_id (required): ID of the user to get testimonials about

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getAllTestimonialsBy(
        self,
        *,
        page: Any = ...,
        per_page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get all testimonials (pending and approved) written by the given user

        Arguments:
            page (optional): Page number. Default is 0
            per_page (optional): Number of testimonials to return per page. Default is 10,
                maximum is 50

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPendingTestimonialsAbout(
        self,
        *,
        page: Any = ...,
        per_page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get all pending testimonials written about the given user

        Arguments:
            page (optional): Page number. Default is 0
            per_page (optional): Number of testimonials to return per page. Default is 10,
                maximum is 50

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPendingTestimonialsAboutBy(
        self,
        *,
        user_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get the pending testimonial by the currently logged-in user about the given user. Note
        that at most 1 testimonial will be returned

        Arguments:
            user_id (required): ID of the user to get testimonials about

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getPendingTestimonialsBy(
        self,
        *,
        page: Any = ...,
        per_page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get all pending testimonials written by the given user

        Arguments:
            page (optional): Page number. Default is 0
            per_page (optional): Number of testimonials to return per page. Default is 10,
                maximum is 50

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getTestimonialsAbout(
        self,
        *,
        user_id: Any,
        page: Any = ...,
        per_page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get approved testimonials about the given user

        Arguments:
            user_id (required): ID of the user to get testimonials about
            page (optional): Page number. Default is 0
            per_page (optional): Number of testimonials to return per page. Default is 10,
                maximum is 50

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getTestimonialsAboutBy(
        self,
        *,
        user_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get the approved testimonial by the currently logged-in user about the given user. Note
        that at most 1 testimonial will be returned

        Arguments:
            user_id (required): ID of the user to get testimonials about

        Permission: read (a user token with read, write or delete permission); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 95, 96, 97, 98, 99, 100, 105, 106, 111, 112,
                114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getTestimonialsBy(
        self,
        *,
        user_id: Any,
        page: Any = ...,
        per_page: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Get approved testimonials written by the given user

        Arguments:
            user_id (required): ID of the user to get testimonials written by
            page (optional): Page number. Default is 0
            per_page (optional): Number of testimonials to return per page. Default is 10,
                maximum is 50

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """

class _Urls:
    def getGroup(
        self,
        *,
        group_id: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns the url to a group's page.

        Arguments:
            group_id (required): The NSID of the group to fetch the url for.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Group not found: The NSID specified was not a valid group.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getUserPhotos(
        self,
        *,
        user_id: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns the url to a user's photos.

        Arguments:
            user_id (optional): The NSID of the user to fetch the url for. If omitted, the
                calling user is assumed.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 User not found: The NSID specified was not a valid user.
            2 No user specified: No user_id was passed and the calling user was not logged in.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def getUserProfile(
        self,
        *,
        user_id: Any = ...,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns the url to a user's profile.

        Arguments:
            user_id (optional): The NSID of the user to fetch the url for. If omitted, the
                calling user is assumed.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 User not found: The NSID specified was not a valid user.
            2 No user specified: No user_id was passed and the calling user was not logged in.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def lookupGallery(
        self,
        *,
        url: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns gallery info, by url.

        This is the same format returned by flickr.galleries.getInfo.

        Arguments:
            url (required): The gallery's URL.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def lookupGroup(
        self,
        *,
        url: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns a group NSID, given the url to a group's page or photo pool.

        Arguments:
            url (required): The url to the group's page or photo pool.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 Group not found: The passed URL was not a valid group page or photo pool url.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
    def lookupUser(
        self,
        *,
        url: Any,
        format: Optional[str] = ...,
        raw: bool = ...,
    ) -> Any:
        """Returns a user NSID, given the url to a user's photos or profile.

        Arguments:
            url (required): The url to the user's profile or photos page.

        Permission: none (an API key is enough); sent as GET.

        Errors (FlickrAPIError.code):
            1 User not found: The passed URL was not a valid user profile or photos url.
            Common codes (see flickr_api.errors): 100, 105, 106, 111, 112, 114, 115, 116.

        Returns the parsed JSON reply as dicts and lists; with format="rest" or raw=True, the
        XML reply as bytes.
        """
