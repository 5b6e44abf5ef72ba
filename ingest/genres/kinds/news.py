"""Press articles: the shared mechanisms read them; prose carries most of their facts."""

from ingest.genres.registry import Kind

KIND = Kind(
    name="news",
    genre="news",
    cues=(
        (r"记者|通讯员|本报讯|新华社|电（|日电", 2.0),
        (r"【镜头】|【画外音】|据悉|近日|日前", 1.5),
        (r"(说|表示|介绍|称)。|语气", 0.5),
    ),
)
