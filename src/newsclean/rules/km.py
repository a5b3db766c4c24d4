"""Khmer phrase pack: interface strings of Khmer-language news pages (data only).

Khmer writes no spaces between words, so its stopwords cannot be counted in running text; a page
in it is told by its script instead (`newsclean.language`). The stopwords are kept for the
packs' shared list of function words. Phrases are whole lines and labels as sites print them."""
from .phrases import PhrasePack

PACK = PhrasePack(
    language="km",
    stopwords=("និង", "ជា", "នៅ", "ដែល", "បាន", "ក្នុង", "មាន", "នេះ", "ពី", "ថា", "ទៅ", "នឹង", "គឺ", "ដើម្បី",
               "របស់", "ក៏", "តែ", "ឬ", "ទេ", "មិន", "ដល់", "ពេល", "ដោយ", "ទៀត", "ផង", "នោះ", "ត្រូវ"),
    share=("ចែករំលែក", "ចម្លងតំណ", "បោះពុម្ព"),
    more=("អានបន្ត", "មើលបន្ថែម", "អានបន្ថែម", "មើលទាំងអស់", "ព័ត៌មានបន្ថែម"),
    lead_ins=("អានផងដែរ", "សូមអានផងដែរ", "ព័ត៌មានពាក់ព័ន្ធ"),
    related=("ព័ត៌មានពាក់ព័ន្ធ", "ព័ត៌មានថ្មីៗ", "ព័ត៌មានថ្មីបំផុត", "អានច្រើនជាងគេ", "ពេញនិយម", "ព័ត៌មានសំខាន់ៗ"),
    navigation=("ទំព័រដើម", "ស្វែងរក", "ម៉ឺនុយ", "ចូល", "ចាកចេញ"),
    newsletter=("ជាវព័ត៌មាន", "ចុះឈ្មោះទទួលព័ត៌មាន"),
    consent=("យើងប្រើខូឃី", "គេហទំព័រនេះប្រើខូឃី", "ទទួលយកទាំងអស់", "ទទួលយក", "បដិសេធ"),
    embed=("មាតិកាខាងក្រៅ",),
    advert=("ពាណិជ្ជកម្ម", "ការផ្សាយពាណិជ្ជកម្ម", "ឧបត្ថម្ភ"),
    report=("រាយការណ៍កំហុស",),
    live=("ផ្សាយផ្ទាល់", "ផ្សាយបន្តផ្ទាល់", "ការផ្សាយផ្ទាល់"),
    published=("ចុះផ្សាយ:", "ផ្សាយ:", "ផ្សព្វផ្សាយ:"),
    updated=("ធ្វើបច្ចុប្បន្នភាព:", "កែប្រែចុងក្រោយ:"),
    new_window=("បើកក្នុងផ្ទាំងថ្មី",),
    credit=("រូបភាព", "រូបថត", "ប្រភព"),
    caption=("ពិពណ៌នារូបភាព",),
    labels=("ព័ត៌មានបន្ទាន់", "បន្ទាន់", "ពិសេស", "វិភាគ", "វីដេអូ"),
    edited_by=("កែសម្រួល:", "និពន្ធនាយក:"),
    photo_labels=("រូបភាព", "រូបថត"),
    byline=("ដោយ", "អ្នកយកព័ត៌មាន:", "អត្ថបទ:"),
    rights=("រក្សាសិទ្ធិគ្រប់យ៉ាង", "រក្សាសិទ្ធិ"),
    click=("ចុចទីនេះ",),
    legal=("គោលការណ៍ឯកជនភាព", "ទំនាក់ទំនង", "អំពីយើង", "លក្ខខណ្ឌប្រើប្រាស់"),
    player=("វីដេអូ",),
    cookie_words=("ខូឃី",),
)
